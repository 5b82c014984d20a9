import { type APIRequestContext, expect } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { calendarEvents } from '~/cms/seed/calendar'
import { eventForApplying } from '../e2e/journalists'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from '../e2e/ports'

const auth = (jwt: string) => ({ Authorization: `JWT ${jwt}` })

/**
 * A delegation for today's press conference (the seed's; the demo journalist holds its pass),
 * created by staff through REST as the admin does, with one named delegate.
 */
export async function plantDelegation(
  api: APIRequestContext,
  staffJwt: string,
  contactEmail: string,
  name = 'Đoàn đại biểu Đảng bộ xã Năm Căn',
): Promise<{ id: string; delegateId: string; name: string }> {
  const today = await eventForApplying(calendarEvents().briefing.shared.slug!)
  const response = await api.post(`${CMS}/api/delegations`, {
    headers: auth(staffJwt),
    data: {
      event: today.id,
      number: 12,
      name,
      nameEn: 'Năm Căn Commune delegation',
      contactName: 'Lê Thị Liên Hệ',
      contactEmail,
      contactPhone: '+84 290 3800 012',
      delegates: [{ name: 'Phạm Văn Đại Biểu', position: 'Bí thư Đảng ủy xã' }],
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = (await response.json()) as {
    doc: { id: number; delegates: { id: string }[] }
  }
  return { id: String(doc.id), delegateId: doc.delegates[0]!.id, name }
}

/** The journalist's interview request through the press area's form; its id, read back as staff. */
export async function plantInterviewRequest(
  api: APIRequestContext,
  journalistCookie: string,
  staffJwt: string,
  delegation: { id: string },
  topic: string,
): Promise<string> {
  const posted = await api.post(`${SITE}/press/interviews`, {
    headers: { Cookie: journalistCookie, Origin: SITE },
    form: { whom: delegation.id, topic, day0: localDate(), from0: '09:00', to0: '10:00' },
    maxRedirects: 0,
  })
  expect(posted.status(), await posted.text()).toBe(303)
  const list = await api.get(
    `${CMS}/api/interview-requests?where[topic][equals]=${encodeURIComponent(topic)}&depth=0&limit=1`,
    { headers: auth(staffJwt) },
  )
  const { docs } = (await list.json()) as { docs: { id: number }[] }
  expect(docs.length).toBe(1)
  return String(docs[0]!.id)
}
