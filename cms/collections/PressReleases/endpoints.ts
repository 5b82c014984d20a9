import { headersWithCors, type Endpoint } from 'payload'

import { liftEmbargo } from '~/cms/releases/operations/liftEmbargo'

/** POST /api/press-releases/:id/lift-embargo: the admin's button (and any script) lifting an embargo. */
export const liftEmbargoEndpoint: Endpoint = {
  path: '/:id/lift-embargo',
  method: 'post',
  handler: async (req) => {
    const { liftedAt } = await liftEmbargo(req, { release: String(req.routeParams?.id ?? '') })
    const message = req.i18n?.language === 'en' ? 'The embargo is lifted.' : 'Đã dỡ lệnh cấm đăng.'
    return Response.json(
      { message, liftedAt },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
