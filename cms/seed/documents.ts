import type { DocumentAudience } from '../lib/embargo'
import type { Document } from '../payload-types'
import { EVENT_SHARED } from './event'

type Text = { vi: string; en: string }
export type DemoDocument = {
  key: string
  kind: Document['kind']
  audience: DocumentAudience
  embargoUntil?: string
  title: Text
  description: Text
  pdfLines: string[]
  releaseSlug?: string
}

/** Demo documents: a public programme, a press-only press kit, an embargoed speech-free fact sheet, a release attachment. */
export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  {
    key: 'chuong-trinh',
    kind: 'congress',
    audience: 'public',
    title: { vi: 'Chương trình Đại hội', en: 'Congress programme' },
    description: {
      vi: 'Chương trình làm việc hai ngày 16 và 17/10/2025.',
      en: 'The two-day programme, 16 and 17 October 2025.',
    },
    pdfLines: [
      'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030.',
      'Ngày 16/10/2025: phiên trù bị, thảo luận tại các đoàn, chương trình nghệ thuật.',
      'Ngày 17/10/2025: phiên khai mạc chính thức, thảo luận, bầu cử, bế mạc, họp báo.',
    ],
  },
  {
    key: 'tai-lieu-bao-chi',
    kind: 'press-kit',
    audience: 'press',
    title: { vi: 'Tài liệu dành cho phóng viên', en: 'Press kit' },
    description: {
      vi: 'Sơ đồ khu vực tác nghiệp, liên hệ Trung tâm Báo chí.',
      en: 'Map of the press areas, press centre contacts.',
    },
    pdfLines: [
      'Tài liệu dành cho phóng viên được cấp thẻ tác nghiệp.',
      'Trung tâm Báo chí: press@congress.local, +84 290 000 0000.',
    ],
  },
  {
    key: 'so-lieu-dai-hoi',
    kind: 'press-kit',
    audience: 'embargoed',
    embargoUntil: EVENT_SHARED.startDate,
    title: {
      vi: 'Số liệu về Đại hội (cấm đăng đến khi khai mạc)',
      en: 'Congress facts sheet (embargoed until the opening)',
    },
    description: {
      vi: 'Số đại biểu, đoàn đại biểu và điểm mới của Đại hội.',
      en: 'Delegates, delegations and what is new at this Congress.',
    },
    pdfLines: [
      '450 đại biểu: 53 đại biểu đương nhiên, 397 đại biểu chính thức được chỉ định; 71 đại biểu dự khuyết; 68 đoàn đại biểu.',
    ],
  },
  {
    key: 'phu-luc-chuong-trinh',
    kind: 'attachment',
    audience: 'public',
    releaseSlug: 'thong-cao-chuong-trinh-dai-hoi',
    title: { vi: 'Phụ lục: chương trình chi tiết', en: 'Annex: detailed programme' },
    description: {
      vi: 'Kèm thông cáo về chương trình Đại hội.',
      en: 'Attached to the programme release.',
    },
    pdfLines: ['Phụ lục kèm thông cáo báo chí về chương trình Đại hội.'],
  },
]
