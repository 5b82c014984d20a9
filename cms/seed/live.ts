import type { Payload, PayloadRequest } from 'payload'

import { closeLiveCoverage } from '~/cms/live/operations/closeLiveCoverage'
import { correctLiveUpdate } from '~/cms/live/operations/correctLiveUpdate'
import { openLiveCoverage } from '~/cms/live/operations/openLiveCoverage'
import { postLiveUpdate, type NewLiveUpdate } from '~/cms/live/operations/postLiveUpdate'
import { setClock } from '~/cms/lib/time'
import type { User } from '~/cms/payload-types'
import { EVENT_SHARED } from './event'
import type { DemoImageKey } from './images'

const OPENING = 'Phiên khai mạc chính thức'
/** 17 October 2025 in Cà Mau (UTC+7): the opening session starts at 07:30. */
const at = (time: string) => new Date(`2025-10-17T${time}:00+07:00`)

type Step = { time: string; update: Omit<NewLiveUpdate, 'session'> }

/**
 * A short, ended live coverage of the congress's opening session, written as an editor would on
 * the day (through the live operations, on the day's clock): text, a photo with its credit, a
 * quote attributed by role (no invented names), a pinned key point and one correction.
 */
export async function seedOpeningLiveCoverage(
  payload: Payload,
  req: PayloadRequest,
  editor: User,
  images: Record<DemoImageKey, number>,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'sessions',
    where: {
      and: [{ title: { equals: OPENING } }, { 'event.slug': { equals: EVENT_SHARED.slug } }],
    },
    locale: 'vi',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const session = docs[0]
  if (!session) return
  const steps: Step[] = [
    {
      time: '07:32',
      update: { text: 'Phiên khai mạc chính thức của Đại hội bắt đầu tại Hội trường Tỉnh ủy.' },
    },
    {
      time: '07:40',
      update: {
        kind: 'key-point',
        text: '450 đại biểu đại diện cho Đảng bộ tỉnh Cà Mau dự Đại hội lần thứ I, nhiệm kỳ 2025–2030 — Đại hội đầu tiên sau khi hợp nhất hai tỉnh Cà Mau và Bạc Liêu.',
        pinned: true,
      },
    },
    {
      time: '07:48',
      update: {
        text: 'Toàn cảnh hội trường trong lễ chào cờ khai mạc Đại hội.',
        photo: images.hall,
        credit: 'Ảnh: Ban Tuyên giáo và Dân vận Tỉnh ủy',
      },
    },
    {
      time: '08:05',
      update: {
        kind: 'quote',
        text: 'Đại hội là dịp để nhìn lại chặng đường của cả hai tỉnh trước hợp nhất và mở ra không gian phát triển mới.',
        speaker: 'Đại diện Đoàn Chủ tịch Đại hội',
      },
    },
    {
      time: '08:20',
      update: {
        text: 'Lần đầu tiên tài liệu Đại hội được phát hành điện tử; đại biểu điểm danh bằng thẻ có mã QR.',
      },
    },
    {
      time: '09:40',
      update: {
        text: 'Đại hội nghỉ giải lao; phiên thảo luận tại hội trường bắt đầu lúc 10 giờ 15.',
      },
    },
  ]
  const before = req.user
  req.user = { ...editor, collection: 'users' } as typeof req.user
  try {
    setClock(at('07:30'))
    await openLiveCoverage(req, { session: session.id })
    const posted = []
    for (const step of steps) {
      setClock(at(step.time))
      posted.push(await postLiveUpdate(req, { session: session.id, ...step.update }))
    }
    setClock(at('09:45'))
    await correctLiveUpdate(req, {
      update: posted[5]!.id,
      text: 'Đại hội nghỉ giải lao; phiên thảo luận tại hội trường bắt đầu lúc 10 giờ 15 (không phải 10 giờ như thông báo trước).',
      correction: 'Ghi rõ giờ bắt đầu phiên thảo luận.',
    })
    setClock(at('10:10'))
    await closeLiveCoverage(req, { session: session.id })
  } finally {
    setClock(null)
    req.user = before
  }
  payload.logger.info(`Seed: an ended live coverage of "${OPENING}" (${steps.length} updates)`)
}
