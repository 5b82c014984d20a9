import type { Event } from '../payload-types'

type EventData = Omit<Event, 'id' | 'updatedAt' | 'createdAt'>
type LocalizedEventFields = Pick<
  EventData,
  'name' | 'shortName' | 'venue' | 'city' | 'about' | 'organiser'
>

/** The congress (October 2025, archived): fields the same in both languages. Dates are 07:30 in Cà Mau (UTC+7). */
export const EVENT_SHARED = {
  slug: 'dai-hoi-dang-bo-tinh-ca-mau-lan-thu-i',
  kind: 'congress',
  state: 'archived',
  referencePrefix: 'DH1',
  passPrefix: 'P',
  accreditationOpensAt: '2025-09-22T01:00:00.000Z',
  accreditationClosesAt: '2025-10-10T10:00:00.000Z',
  pressRulesVersion: '1.0',
  startDate: '2025-10-16T00:30:00.000Z',
  endDate: '2025-10-17T00:30:00.000Z',
  delegates: { total: 450, exOfficio: 53, appointed: 397, alternates: 71, delegations: 68 },
  pressContact: { email: 'press@congress.local', phone: '+84 290 000 0000' },
} satisfies Partial<EventData>

export const EVENT_TEXT: Record<'vi' | 'en', LocalizedEventFields> = {
  vi: {
    name: 'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030',
    shortName: 'Đại hội Đảng bộ tỉnh Cà Mau lần thứ I',
    venue: 'Trung tâm Hội nghị tỉnh Cà Mau',
    city: 'Cà Mau',
    about:
      'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030 diễn ra trong hai ngày 16 và 17/10/2025. ' +
      'Đây là đại hội đầu tiên của Đảng bộ tỉnh sau khi hai tỉnh Cà Mau và Bạc Liêu hợp nhất. ' +
      'Về dự đại hội có 450 đại biểu, sinh hoạt tại 68 đoàn đại biểu.',
    organiser: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau',
  },
  en: {
    name: '1st Congress of the Cà Mau Provincial Party Committee, 2025–2030 term',
    shortName: '1st Cà Mau Provincial Party Congress',
    venue: 'Cà Mau Provincial Convention Centre',
    city: 'Cà Mau, Vietnam',
    about:
      'The 1st Congress of the Cà Mau Provincial Party Committee for the 2025–2030 term takes place over two days, ' +
      '16 and 17 October 2025. It is the first congress of the provincial Party organisation since the provinces of ' +
      'Cà Mau and Bạc Liêu merged. 450 delegates, in 68 delegations, attend.',
    organiser:
      'Board for Propaganda, Education and Mass Mobilisation of the Cà Mau Provincial Party Committee',
  },
}
