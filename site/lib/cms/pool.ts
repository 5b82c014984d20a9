import { createLocalReq } from 'payload'

import { requestIdFromStatusToken } from '~/cms/accreditation/statusLink'
import type { Journalist } from '~/cms/payload-types'
import { poolTurnsOf, type PoolTurn } from '~/cms/pool/poolTurns'
import { journalistApplications } from '~/cms/profile/journalistApplications'
import type { Locale } from '../i18n/locales'
import { payloadClient } from './payload'

export type { PoolTurn } from '~/cms/pool/poolTurns'

/** The signed-in journalist's pool turns, over every accreditation of theirs. */
export async function poolTurnsOfJournalist(
  journalist: Journalist,
  locale: Locale,
): Promise<PoolTurn[]> {
  const payload = await payloadClient()
  const req = await createLocalReq({ user: { ...journalist, collection: 'journalists' } }, payload)
  const applications = await journalistApplications(req, journalist)
  return poolTurnsOf(
    payload,
    applications.map((application) => application.id),
    locale,
  )
}

/** The pool turns of the pass behind a secret status link (the phone pass page). */
export async function poolTurnsOfStatusToken(token: string, locale: Locale): Promise<PoolTurn[]> {
  const payload = await payloadClient()
  const id = await requestIdFromStatusToken(payload, token)
  return id ? poolTurnsOf(payload, [id], locale) : []
}
