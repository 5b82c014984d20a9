import { headersWithCors, type Endpoint, type PayloadRequest } from 'payload'

import { addPoolMember } from './operations/addPoolMember'
import { namePool } from './operations/namePool'
import { removePoolMember } from './operations/removePoolMember'
import { setPoolQuotas } from './operations/setPoolQuotas'

type Body = { session?: unknown; quotas?: unknown; pass?: unknown; force?: unknown }

async function bodyOf(req: PayloadRequest): Promise<Body> {
  const body = req.json ? await req.json().catch(() => ({})) : {}
  return body && typeof body === 'object' ? (body as Body) : {}
}

const idOf = (value: unknown) =>
  typeof value === 'number' || typeof value === 'string' ? value : -1

const answer = (req: PayloadRequest, data: object) =>
  Response.json(data, { headers: headersWithCors({ headers: new Headers(), req }) })

const says = (req: PayloadRequest, vi: string, en: string) =>
  req.i18n?.language === 'en' ? en : vi

/**
 * The press pool's REST doors (the session's pool panel in the admin, scripts): each only
 * translates HTTP into one operation (cms/pool/operations), which enforces every rule.
 */
export const poolEndpoints: Endpoint[] = [
  {
    // POST /api/pool-members/name { session, quotas?, force? }
    path: '/name',
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req)
      const named = await namePool(req, {
        session: idOf(body.session),
        quotas: body.quotas,
        force: body.force === true,
      })
      return answer(req, {
        message: says(
          req,
          `Đã chọn nhóm đại diện: ${named.members.length} người (${named.added} mới).`,
          `Pool named: ${named.members.length} people (${named.added} new).`,
        ),
        ...named,
      })
    },
  },
  {
    // POST /api/pool-members/quotas { session, quotas }
    path: '/quotas',
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req)
      const session = await setPoolQuotas(req, {
        session: idOf(body.session),
        quotas: body.quotas,
        force: body.force === true,
      })
      return answer(req, {
        message: says(req, 'Đã lưu số suất.', 'Quotas saved.'),
        poolQuotas: session.poolQuotas,
      })
    },
  },
  {
    // POST /api/pool-members/add { session, pass (id or number), force? }
    path: '/add',
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req)
      const member = await addPoolMember(req, {
        session: idOf(body.session),
        pass: idOf(body.pass),
        force: body.force === true,
      })
      return answer(req, { message: says(req, 'Đã thêm vào nhóm.', 'Added to the pool.'), member })
    },
  },
  {
    // POST /api/pool-members/:id/remove { force? }
    path: '/:id/remove',
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req)
      const member = await removePoolMember(req, {
        member: String(req.routeParams?.id ?? ''),
        force: body.force === true,
      })
      return answer(req, {
        message: says(req, 'Đã bỏ khỏi nhóm.', 'Removed from the pool.'),
        member,
      })
    },
  },
]
