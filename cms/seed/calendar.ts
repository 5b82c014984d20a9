import type { Payload, PayloadRequest } from 'payload'

import { localDate, now } from '../lib/time'
import type { Event } from '../payload-types'
import type { DemoSession } from './schedule'

type SeedOptions = { req: PayloadRequest; overrideAccess: true; context: { seeding: true } }

const DAY = 24 * 60 * 60 * 1000

/** A local time in Cà Mau (UTC+7) on the day `offset` days from the seed's day, as an ISO instant. */
export const seedDayAt = (offset: number, time: string): string => {
  const day = localDate(new Date(now().getTime() + offset * DAY))
  return new Date(`${day}T${time}:00+07:00`).toISOString()
}

type DemoEvent = {
  shared: Omit<Event, 'id' | 'updatedAt' | 'createdAt' | 'name'>
  vi: Pick<Event, 'name' | 'shortName' | 'venue' | 'city' | 'about' | 'organiser'>
  en: DemoEvent['vi']
  sessions: DemoSession[]
}

const ORGANISER = {
  vi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau',
  en: 'Board for Propaganda, Education and Mass Mobilisation of the Cà Mau Provincial Party Committee',
}
const CONTACT = { email: 'press@congress.local', phone: '+84 290 000 0000' }

/**
 * The events dated from the day the seed runs, so a newcomer can try everything at once: a People's
 * Council session in ten days with accreditation open now, and a press conference today whose
 * check-in list is open.
 */
export const calendarEvents = (): { council: DemoEvent; briefing: DemoEvent } => ({
  council: {
    shared: {
      slug: 'ky-hop-hdnd-tinh-ca-mau',
      kind: 'council-session',
      state: 'open',
      startDate: seedDayAt(10, '07:30'),
      endDate: seedDayAt(11, '17:00'),
      accreditationOpensAt: seedDayAt(-3, '08:00'),
      accreditationClosesAt: seedDayAt(8, '17:00'),
      referencePrefix: 'HD',
      passPrefix: 'HD',
      pressRulesVersion: '1.0',
      zones: ['press-centre', 'plenary-gallery'],
      organiser: ORGANISER.vi,
      pressContact: CONTACT,
    },
    vi: {
      name: 'Kỳ họp thường lệ cuối năm, Hội đồng nhân dân tỉnh Cà Mau',
      shortName: 'Kỳ họp HĐND tỉnh',
      venue: 'Hội trường Hội đồng nhân dân tỉnh Cà Mau',
      city: 'Cà Mau',
      about:
        'Kỳ họp xem xét tình hình kinh tế – xã hội năm nay, quyết định dự toán ngân sách và kế hoạch năm tới, và tiến hành chất vấn.',
      organiser: ORGANISER.vi,
    },
    en: {
      name: 'Year-end session of the Cà Mau Provincial People’s Council',
      shortName: 'Provincial People’s Council session',
      venue: 'Cà Mau Provincial People’s Council hall',
      city: 'Cà Mau, Vietnam',
      about:
        'The session reviews the year’s socio-economic results, adopts next year’s budget and plan, and holds question time.',
      organiser: ORGANISER.en,
    },
    sessions: [
      session(10, '07:30', '11:30', 'plenary', 'open', 'Khai mạc kỳ họp', 'Opening sitting'),
      session(10, '13:30', '17:00', 'plenary', 'open', 'Phiên chất vấn', 'Question time'),
      session(11, '07:30', '10:30', 'plenary', 'open', 'Thông qua các nghị quyết', 'Resolutions'),
      session(
        11,
        '14:00',
        '15:00',
        'press-conference',
        'open',
        'Họp báo bế mạc',
        'Closing press conference',
      ),
    ],
  },
  briefing: {
    shared: {
      slug: 'hop-bao-thong-tin-kinh-te-xa-hoi',
      kind: 'press-conference',
      state: 'open',
      startDate: seedDayAt(0, '00:00'),
      endDate: seedDayAt(0, '23:59'),
      accreditationOpensAt: seedDayAt(-7, '08:00'),
      accreditationClosesAt: seedDayAt(0, '23:59'),
      referencePrefix: 'HB',
      passPrefix: 'HB',
      pressRulesVersion: '1.0',
      zones: ['press-centre'],
      organiser: ORGANISER.vi,
      pressContact: CONTACT,
    },
    vi: {
      name: 'Họp báo cung cấp thông tin kinh tế – xã hội của tỉnh',
      shortName: 'Họp báo định kỳ',
      venue: 'Trung tâm Báo chí tỉnh Cà Mau',
      city: 'Cà Mau',
      about: 'Họp báo định kỳ của Ủy ban nhân dân tỉnh về tình hình kinh tế – xã hội.',
      organiser: ORGANISER.vi,
    },
    en: {
      name: 'Press conference on the province’s economy and society',
      shortName: 'Regular press conference',
      venue: 'Cà Mau Provincial Press Centre',
      city: 'Cà Mau, Vietnam',
      about:
        'The Provincial People’s Committee’s regular press conference on the economy and society.',
      organiser: ORGANISER.en,
    },
    sessions: [
      session(0, '09:00', '10:30', 'press-conference', 'open', 'Họp báo', 'Press conference'),
      session(0, '14:00', '15:00', 'press-conference', 'pool', 'Phỏng vấn nhóm', 'Pool interviews'),
    ],
  },
})

function session(
  offset: number,
  from: string,
  to: string,
  type: DemoSession['type'],
  pressAccess: DemoSession['pressAccess'],
  vi: string,
  en: string,
): DemoSession {
  return {
    startsAt: seedDayAt(offset, from),
    endsAt: seedDayAt(offset, to),
    type,
    pressAccess,
    vi: { title: vi, description: '', venue: '' },
    en: { title: en, description: '', venue: '' },
  }
}

/** Creates one event in both languages, with its programme. */
export async function createEvent(
  payload: Payload,
  options: SeedOptions,
  event: Omit<DemoEvent, 'sessions'> & { sessions?: readonly DemoSession[] },
): Promise<Event> {
  const doc = await payload.create({
    collection: 'events',
    locale: 'vi',
    data: { ...event.shared, ...event.vi } as Event,
    ...options,
  })
  await payload.update({
    collection: 'events',
    id: doc.id,
    locale: 'en',
    data: event.en,
    ...options,
  })
  for (const item of event.sessions ?? []) {
    const created = await payload.create({
      collection: 'sessions',
      locale: 'vi',
      data: {
        ...item.vi,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        type: item.type,
        pressAccess: item.pressAccess,
        event: doc.id,
      },
      ...options,
    })
    await payload.update({
      collection: 'sessions',
      id: created.id,
      locale: 'en',
      data: item.en,
      ...options,
    })
  }
  return doc
}
