import type { Session } from '../payload-types'

type SessionText = { title: string; description: string; venue: string }
export type DemoSession = Pick<Session, 'type' | 'pressAccess'> & {
  startsAt: string
  endsAt: string
  vi: SessionText
  en: SessionText
}

/** Local time in Cà Mau (UTC+7) as an ISO instant. */
const at = (day: 16 | 17, time: string) => new Date(`2025-10-${day}T${time}:00+07:00`).toISOString()

const HALL = {
  vi: 'Hội trường chính, Trung tâm Hội nghị tỉnh',
  en: 'Main hall, Provincial Convention Centre',
}
const PRESS_CENTRE = { vi: 'Trung tâm Báo chí', en: 'Press centre' }
const SQUARE = {
  vi: 'Quảng trường Trung tâm Hội nghị tỉnh',
  en: 'Square of the Provincial Convention Centre',
}

/** The two-day programme for the demo (16–17 October 2025). Times are illustrative. */
export const DEMO_SESSIONS: readonly DemoSession[] = [
  {
    startsAt: at(16, '07:30'),
    endsAt: at(16, '11:30'),
    type: 'closed',
    pressAccess: 'closed',
    vi: {
      title: 'Phiên trù bị',
      description: 'Đại hội thông qua chương trình làm việc và quy chế làm việc của Đại hội.',
      venue: HALL.vi,
    },
    en: {
      title: 'Preparatory session',
      description: 'The Congress adopts its agenda and working rules.',
      venue: HALL.en,
    },
  },
  {
    startsAt: at(16, '13:30'),
    endsAt: at(16, '17:00'),
    type: 'closed',
    pressAccess: 'closed',
    vi: {
      title: 'Thảo luận tại các đoàn đại biểu',
      description: 'Các đoàn đại biểu thảo luận dự thảo Báo cáo chính trị.',
      venue: HALL.vi,
    },
    en: {
      title: 'Discussion in the delegations',
      description: 'The delegations discuss the draft political report.',
      venue: HALL.en,
    },
  },
  {
    startsAt: at(16, '19:30'),
    endsAt: at(16, '21:00'),
    type: 'cultural',
    pressAccess: 'open',
    vi: {
      title: 'Chương trình nghệ thuật chào mừng Đại hội',
      description: 'Chương trình văn nghệ và trưng bày sản phẩm tiêu biểu của địa phương.',
      venue: SQUARE.vi,
    },
    en: {
      title: 'Cultural performance welcoming the Congress',
      description: 'Performances and a display of local products.',
      venue: SQUARE.en,
    },
  },
  {
    startsAt: at(17, '07:30'),
    endsAt: at(17, '10:00'),
    type: 'plenary',
    pressAccess: 'open',
    vi: {
      title: 'Phiên khai mạc chính thức',
      description: 'Khai mạc Đại hội, trình bày Báo cáo chính trị.',
      venue: HALL.vi,
    },
    en: {
      title: 'Official opening session',
      description: 'Opening of the Congress and presentation of the political report.',
      venue: HALL.en,
    },
  },
  {
    startsAt: at(17, '10:15'),
    endsAt: at(17, '11:30'),
    type: 'plenary',
    pressAccess: 'pool',
    vi: {
      title: 'Thảo luận tại hội trường',
      description: 'Tham luận của các đoàn đại biểu.',
      venue: HALL.vi,
    },
    en: {
      title: 'Plenary discussion',
      description: 'Contributions from the delegations.',
      venue: HALL.en,
    },
  },
  {
    startsAt: at(17, '13:30'),
    endsAt: at(17, '16:00'),
    type: 'closed',
    pressAccess: 'closed',
    vi: {
      title: 'Bầu cử Ban Chấp hành Đảng bộ tỉnh',
      description: 'Phiên làm việc nội bộ, sử dụng hệ thống điện tử.',
      venue: HALL.vi,
    },
    en: {
      title: 'Election of the Provincial Party Executive Committee',
      description: 'Internal session, run through an electronic system.',
      venue: HALL.en,
    },
  },
  {
    startsAt: at(17, '16:15'),
    endsAt: at(17, '17:00'),
    type: 'plenary',
    pressAccess: 'open',
    vi: {
      title: 'Phiên bế mạc',
      description: 'Thông qua Nghị quyết Đại hội và bế mạc.',
      venue: HALL.vi,
    },
    en: {
      title: 'Closing session',
      description: 'Adoption of the Congress resolution and closing.',
      venue: HALL.en,
    },
  },
  {
    startsAt: at(17, '17:15'),
    endsAt: at(17, '18:00'),
    type: 'press-conference',
    pressAccess: 'open',
    vi: {
      title: 'Họp báo sau Đại hội',
      description: 'Thông tin kết quả Đại hội cho các cơ quan báo chí.',
      venue: PRESS_CENTRE.vi,
    },
    en: {
      title: 'Press conference after the Congress',
      description: 'Briefing for the press on the results of the Congress.',
      venue: PRESS_CENTRE.en,
    },
  },
]
