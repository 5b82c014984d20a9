import {
  addDataAndFileToRequest,
  type Endpoint,
  headersWithCors,
  type PayloadRequest,
} from 'payload'

import { sendStatusLink } from '~/cms/accreditation/operations/sendStatusLink'
import { eraseApplication } from '~/cms/lifecycle/operations/eraseApplication'
import { exportApplication } from '~/cms/lifecycle/operations/exportApplication'

/** The doors of the officer's and admin's tools on an application screen: each translates to its operation. */
const idOf = (req: PayloadRequest) => String(req.routeParams?.id ?? '')
const en = (req: PayloadRequest) => req.i18n?.language === 'en'
const json = (req: PayloadRequest, body: unknown) =>
  Response.json(body, {
    headers: headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req }),
  })

/** `POST /api/accreditation-requests/:id/send-status-link`: accreditation staff. */
export const sendStatusLinkEndpoint: Endpoint = {
  path: '/:id/send-status-link',
  method: 'post',
  handler: async (req) => {
    const { sentTo } = await sendStatusLink(req, { request: idOf(req) })
    return json(req, {
      message: en(req)
        ? `The status link was sent again to ${sentTo}.`
        : `Đã gửi lại đường liên kết hồ sơ tới ${sentTo}.`,
    })
  },
}

/** `POST /api/accreditation-requests/:id/export`: admins; answers the JSON file as a download. */
export const exportApplicationEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'post',
  handler: async (req) => {
    const { filename, json: body, report } = await exportApplication(req, { request: idOf(req) })
    return new Response(body, {
      headers: headersWithCors({
        headers: new Headers({
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="${filename}"`,
          'Cache-Control': 'no-store',
          'X-Data-Request': String(report.id),
        }),
        req,
      }),
    })
  },
}

/** `POST /api/accreditation-requests/:id/erase` with `{ "confirm": "<reference code>" }`: admins. */
export const eraseApplicationEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const { erasure, report } = await eraseApplication(req, {
      request: idOf(req),
      confirm: (req.data as { confirm?: unknown } | undefined)?.confirm,
    })
    return json(req, {
      message: en(req)
        ? `${erasure.referenceCode}: everything held about the applicant was erased.`
        : `${erasure.referenceCode}: đã xoá toàn bộ dữ liệu của người đăng ký.`,
      erasure,
      report: report.id,
    })
  },
}

export const toolEndpoints = [
  sendStatusLinkEndpoint,
  exportApplicationEndpoint,
  eraseApplicationEndpoint,
]
