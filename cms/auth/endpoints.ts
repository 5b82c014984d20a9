import {
  addDataAndFileToRequest,
  type Endpoint,
  headersWithCors,
  type PayloadRequest,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import type { AuthCollection } from '../lib/auth/sessionLifetimes'
import { requestPasswordReset } from './operations/requestPasswordReset'
import { sendSetPasswordLink } from './operations/sendSetPasswordLink'
import { signIn } from './operations/signIn'

/**
 * REST doors of the auth operations. They take the place of Payload's own `/login` and
 * `/forgot-password` of the collection (a collection's own endpoints are matched first) and answer
 * in Payload's shape, so the admin's sign-in and "forgot password" screens use them unchanged.
 */
const field = (req: PayloadRequest, name: string): unknown =>
  (req.data as Record<string, unknown> | undefined)?.[name]

export function authEndpoints(collection: AuthCollection): Endpoint[] {
  return [
    {
      path: '/login',
      method: 'post',
      handler: async (req) => {
        await addDataAndFileToRequest(req)
        const result = await signIn(req, {
          collection,
          email: field(req, 'email'),
          password: field(req, 'password'),
        })
        const auth = req.payload.collections[collection].config.auth
        const cookie = generatePayloadCookie({
          collectionAuthConfig: auth,
          cookiePrefix: req.payload.config.cookiePrefix,
          token: result.token,
        })
        const body = {
          message: req.t('authentication:passed'),
          ...result,
          ...(auth.removeTokenFromResponses ? { token: undefined } : {}),
        }
        return Response.json(body, {
          headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }),
        })
      },
    },
    {
      path: '/forgot-password',
      method: 'post',
      handler: async (req) => {
        await addDataAndFileToRequest(req)
        await requestPasswordReset(req, { collection, email: field(req, 'email') })
        return Response.json(
          { message: req.t('general:success') },
          { headers: headersWithCors({ headers: new Headers(), req }) },
        )
      },
    },
  ]
}

/** `POST /api/journalists/:id/send-set-password-link`: accreditation staff e-mail a journalist a link. */
export const sendSetPasswordLinkEndpoint: Endpoint = {
  path: '/:id/send-set-password-link',
  method: 'post',
  handler: async (req) => {
    const { sentTo } = await sendSetPasswordLink(req, {
      journalist: String(req.routeParams?.id ?? ''),
    })
    const message =
      req.i18n?.language === 'en'
        ? `A set-password link was sent to ${sentTo}.`
        : `Đã gửi đường dẫn đặt mật khẩu tới ${sentTo}.`
    return Response.json({ message }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
