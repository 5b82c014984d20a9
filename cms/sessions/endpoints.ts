import { headersWithCors, type Endpoint } from 'payload'

import { switchSessionAccess } from './operations/switchSessionAccess'

/**
 * POST /api/sessions/:id/access `{ "access": "open" | "pool" | "closed" }`: the admin's switch (and
 * any script) — the switchSessionAccess operation; officers and admins only.
 */
export const switchAccessEndpoint: Endpoint = {
  path: '/:id/access',
  method: 'post',
  handler: async (req) => {
    const body = (await req.json?.().catch(() => null)) as { access?: unknown } | null
    const { session, changed } = await switchSessionAccess(req, {
      session: String(req.routeParams?.id ?? ''),
      access: body?.access,
    })
    const en = req.i18n?.language === 'en'
    const message = changed
      ? en
        ? 'The press access is switched; the door follows within seconds.'
        : 'Đã đổi quyền báo chí; cửa kiểm soát áp dụng trong vài giây.'
      : en
        ? 'The session already had this access.'
        : 'Phiên đã có quyền báo chí này.'
    return Response.json(
      {
        message,
        changed,
        pressAccess: session.pressAccess,
        pressAccessChangedAt: session.pressAccessChangedAt ?? null,
      },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
