import type { DemoImageKey } from './images'

type Caption = { vi: string; en: string }
export type DemoGallery = {
  slug: string
  publishedAt: string
  title: Caption
  summary: Caption
  photos: { image: DemoImageKey; caption: Caption; credit: string }[]
}

const CREDIT = 'Trung tâm Báo chí Đại hội (ảnh minh họa)'

/** A demo gallery made of the seed's drawn pictures; captions and credits live in our own fields. */
export const DEMO_GALLERIES: readonly DemoGallery[] = [
  {
    slug: 'khong-khi-chao-mung-dai-hoi',
    publishedAt: '2025-10-14T03:00:00.000Z',
    title: { vi: 'Không khí chào mừng Đại hội', en: 'Welcoming the Congress' },
    summary: {
      vi: 'Hình ảnh chuẩn bị và trang trí chào mừng Đại hội tại Cà Mau.',
      en: 'Preparations and decorations for the Congress in Cà Mau.',
    },
    photos: [
      {
        image: 'hall',
        caption: { vi: 'Hội trường Đại hội được chuẩn bị', en: 'The congress hall being prepared' },
        credit: CREDIT,
      },
      {
        image: 'star',
        caption: { vi: 'Pano chào mừng Đại hội', en: 'A banner welcoming the Congress' },
        credit: CREDIT,
      },
      {
        image: 'lotus',
        caption: {
          vi: 'Hoa sen, biểu tượng trang trí tại Đại hội',
          en: 'Lotus, a decoration at the Congress',
        },
        credit: CREDIT,
      },
      {
        image: 'waves',
        caption: { vi: 'Vùng biển Cà Mau', en: 'The sea off Cà Mau' },
        credit: CREDIT,
      },
      {
        image: 'network',
        caption: {
          vi: 'Hệ thống điện tử phục vụ Đại hội',
          en: 'The electronic system serving the Congress',
        },
        credit: CREDIT,
      },
      {
        image: 'lens',
        caption: {
          vi: 'Phóng viên tác nghiệp tại Trung tâm Báo chí',
          en: 'Journalists at work in the press centre',
        },
        credit: CREDIT,
      },
    ],
  },
]
