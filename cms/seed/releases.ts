import type { DefaultTypedEditorState } from '@payloadcms/richtext-lexical'

import { EVENT_SHARED } from './event'
import { paragraph as p, richText } from './richText'

type ReleaseText = {
  title: string
  summary: string
  body: DefaultTypedEditorState
  contact: string
}

export type DemoRelease = {
  slug: string
  publishedAt: string
  embargoUntil: string | null
  vi: ReleaseText
  en: ReleaseText
}

const CONTACT = {
  vi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau — Trung tâm Báo chí Đại hội\npress@congress.local · +84 290 000 0000',
  en: 'Board for Propaganda, Education and Mass Mobilisation — Congress press centre\npress@congress.local · +84 290 000 0000',
}

/** The release held under embargo until the Congress opens (07:30 on 16 October 2025, Cà Mau time). */
export const EMBARGOED_RELEASE_SLUG = 'thong-cao-khai-mac-dai-hoi'

/** Demo press releases written from the congress facts; no statements of officials. */
export const DEMO_RELEASES: readonly DemoRelease[] = [
  {
    slug: 'thong-cao-chuong-trinh-dai-hoi',
    publishedAt: '2025-10-10T10:00:00.000Z',
    embargoUntil: null,
    vi: {
      title: 'Thông cáo báo chí về chương trình Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I',
      summary:
        'Đại hội diễn ra trong hai ngày 16 và 17/10/2025 với 450 đại biểu sinh hoạt tại 68 đoàn đại biểu.',
      body: richText(
        p(
          'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030 diễn ra trong hai ngày 16 và 17/10/2025 tại tỉnh Cà Mau.',
        ),
        p(
          'Về dự Đại hội có 450 đại biểu, gồm 53 đại biểu đương nhiên và 397 đại biểu chính thức được Ban Thường vụ Tỉnh ủy chỉ định, sinh hoạt tại 68 đoàn đại biểu; ngoài ra có 71 đại biểu dự khuyết.',
        ),
        p(
          'Chương trình chi tiết của Đại hội được đăng trong mục Chương trình và trong tệp đính kèm.',
        ),
      ),
      contact: CONTACT.vi,
    },
    en: {
      title:
        'Press release on the programme of the 1st Congress of the Cà Mau Provincial Party Committee',
      summary:
        'The Congress takes place on 16 and 17 October 2025, with 450 delegates in 68 delegations.',
      body: richText(
        p(
          'The 1st Congress of the Cà Mau Provincial Party Committee, 2025–2030 term, takes place on 16 and 17 October 2025 in Cà Mau province.',
        ),
        p(
          '450 delegates attend: 53 ex officio delegates and 397 official delegates appointed by the provincial Standing Committee, in 68 delegations; there are also 71 alternate delegates.',
        ),
        p('The detailed programme is in the Programme section and in the attached file.'),
      ),
      contact: CONTACT.en,
    },
  },
  {
    slug: 'thong-cao-trung-tam-bao-chi',
    publishedAt: '2025-10-13T02:00:00.000Z',
    embargoUntil: null,
    vi: {
      title: 'Trung tâm Báo chí Đại hội phục vụ phóng viên từ ngày 15/10',
      summary:
        'Phóng viên được cấp thẻ tác nghiệp nhận tài liệu, thông cáo và ảnh dùng chung tại Trung tâm Báo chí.',
      body: richText(
        p(
          'Trung tâm Báo chí của Đại hội hoạt động từ ngày 15/10/2025, hỗ trợ phóng viên về tài liệu điện tử, thông cáo báo chí, ảnh dùng chung và vị trí tác nghiệp.',
        ),
        p(
          'Phóng viên xuất trình thẻ tác nghiệp có mã QR khi vào khu vực Đại hội và thực hiện theo Quy chế hoạt động tác nghiệp của báo chí.',
        ),
      ),
      contact: CONTACT.vi,
    },
    en: {
      title: 'The Congress press centre serves journalists from 15 October',
      summary:
        'Accredited journalists collect documents, releases and pool pictures at the press centre.',
      body: richText(
        p(
          'The Congress press centre opens on 15 October 2025 and supports journalists with electronic documents, press releases, pool pictures and working positions.',
        ),
        p(
          'Journalists show their press pass with its QR code at the entrances to the congress area and follow the rules for press work.',
        ),
      ),
      contact: CONTACT.en,
    },
  },
  {
    slug: EMBARGOED_RELEASE_SLUG,
    publishedAt: '2025-10-15T10:00:00.000Z',
    embargoUntil: EVENT_SHARED.startDate,
    vi: {
      title: 'Thông cáo báo chí: Khai mạc Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I',
      summary:
        'Thông cáo gửi trước cho phóng viên được cấp thẻ, cấm đăng đến khi Đại hội khai mạc.',
      body: richText(
        p(
          'Sáng 16/10/2025, Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030 khai mạc. Đây là đại hội đầu tiên của Đảng bộ tỉnh sau khi hai tỉnh Cà Mau và Bạc Liêu hợp nhất.',
        ),
        p(
          'Điểm mới của Đại hội là ứng dụng công nghệ thông tin trong các khâu quan trọng: quản lý và phát hành tài liệu điện tử, đăng ký và điểm danh đại biểu, điều hành một số phiên họp qua hệ thống điện tử.',
        ),
      ),
      contact: CONTACT.vi,
    },
    en: {
      title: 'Press release: the 1st Congress of the Cà Mau Provincial Party Committee opens',
      summary: 'Sent ahead to accredited journalists, embargoed until the Congress opens.',
      body: richText(
        p(
          'On the morning of 16 October 2025 the 1st Congress of the Cà Mau Provincial Party Committee, 2025–2030 term, opens. It is the first congress since the provinces of Cà Mau and Bạc Liêu merged.',
        ),
        p(
          'What is new is information technology in every key step: electronic documents, registration and check-in of delegates, and some sessions run through an electronic system.',
        ),
      ),
      contact: CONTACT.en,
    },
  },
]
