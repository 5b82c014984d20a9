import type { DefaultTypedEditorState } from '@payloadcms/richtext-lexical'

import type { DemoImageKey } from './images'
import { heading as h2, list, paragraph as p, richText } from './richText'

/** Demo news, written from the congress facts in shared/congress-facts.md. No quotes from officials. */

type ArticleText = { title: string; summary: string; body: DefaultTypedEditorState }

export type DemoArticle = {
  slug: string
  /** Publication time (UTC); null for the draft. */
  publishedAt: string | null
  image: DemoImageKey | null
  vi: ArticleText
  en: ArticleText
}

export const NEWS_AUTHOR = 'Ban Tuyên giáo và Dân vận Tỉnh ủy'

export const DEMO_NEWS: readonly DemoArticle[] = [
  {
    slug: 'mo-dang-ky-the-tac-nghiep-bao-chi',
    publishedAt: '2025-10-05T01:00:00.000Z',
    image: 'lens',
    vi: {
      title: 'Mở đăng ký thẻ tác nghiệp báo chí tại Đại hội',
      summary:
        'Cơ quan báo chí đăng ký thẻ tác nghiệp cho phóng viên, phóng viên ảnh, quay phim và kỹ thuật viên đưa tin về Đại hội trực tuyến trên cổng thông tin này.',
      body: richText(
        p(
          'Ban Tuyên giáo và Dân vận Tỉnh ủy, cơ quan phụ trách công tác báo chí của Đại hội, mở đăng ký thẻ tác nghiệp cho các cơ quan báo chí đưa tin về Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030, diễn ra ngày 16 và 17/10/2025.',
        ),
        p(
          'Hồ sơ được nộp trực tuyến, gồm thông tin cá nhân, số căn cước công dân hoặc hộ chiếu, số thẻ nhà báo (nếu có) và ảnh chân dung. Mỗi hồ sơ có một mã tra cứu để theo dõi kết quả xét duyệt. Phóng viên báo chí nước ngoài đăng ký theo quy trình phê duyệt riêng.',
        ),
        h2('Trung tâm Báo chí'),
        p(
          'Trong thời gian Đại hội, Trung tâm Báo chí hỗ trợ phóng viên về tài liệu, thông cáo báo chí, hình ảnh dùng chung và vị trí tác nghiệp. Khi nhận thẻ tác nghiệp, phóng viên xuất trình giấy tờ tùy thân để đối chiếu.',
        ),
        p(
          'Phóng viên tác nghiệp tại Đại hội thực hiện theo Quy chế hoạt động tác nghiệp của báo chí được đăng trên cổng thông tin này.',
        ),
      ),
    },
    en: {
      title: 'Press accreditation for the Congress opens',
      summary:
        'Media outlets can now apply online, on this portal, for press passes for the reporters, photographers, camera operators and technicians covering the Congress.',
      body: richText(
        p(
          'The Board for Propaganda, Education and Mass Mobilisation of the Provincial Party Committee, which runs press work for the Congress, has opened accreditation for outlets covering the 1st Congress of the Cà Mau Provincial Party Committee, 2025–2030 term, on 16 and 17 October 2025.',
        ),
        p(
          'Applications are made online and include personal details, a citizen ID or passport number, a press card number where the applicant holds one, and a portrait photo. Each application receives a reference code for following its review. Foreign media apply through a separate approval procedure.',
        ),
        h2('Press centre'),
        p(
          'During the Congress the press centre supports journalists with documents, press releases, pool pictures and working positions. When collecting a press pass, journalists show an identity document.',
        ),
        p(
          'Journalists working at the Congress follow the rules for press work published on this portal.',
        ),
      ),
    },
  },
  {
    slug: 'dai-hoi-dau-tien-sau-hop-nhat',
    publishedAt: '2025-10-08T02:00:00.000Z',
    image: 'lotus',
    vi: {
      title: 'Đại hội đầu tiên của Đảng bộ tỉnh Cà Mau sau hợp nhất',
      summary:
        'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I là đại hội đầu tiên của Đảng bộ tỉnh sau khi hai tỉnh Cà Mau và Bạc Liêu hợp nhất.',
      body: richText(
        p(
          'Ngày 16 và 17/10/2025, Đảng bộ tỉnh Cà Mau tiến hành Đại hội đại biểu lần thứ I, nhiệm kỳ 2025–2030. Đây là đại hội đầu tiên kể từ khi hai tỉnh Cà Mau và Bạc Liêu hợp nhất thành tỉnh Cà Mau.',
        ),
        p(
          'Đại hội xem xét kết quả phát triển kinh tế – xã hội và xây dựng Đảng giai đoạn 2020–2025 của hai tỉnh trước hợp nhất, đồng thời thảo luận dự thảo Báo cáo chính trị với các nhiệm vụ trọng tâm và đột phá chiến lược cho nhiệm kỳ mới.',
        ),
        p(
          'Sau hợp nhất, tỉnh có không gian phát triển rộng hơn. Đây là một trong những nội dung Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các cơ quan báo chí quan tâm phản ánh, cùng với thành tựu của hai tỉnh trước hợp nhất và kỳ vọng của cán bộ, đảng viên và Nhân dân đối với Đại hội.',
        ),
      ),
    },
    en: {
      title: 'The first congress of the Cà Mau provincial Party organisation since the merger',
      summary:
        'The 1st Congress of the Cà Mau Provincial Party Committee is the first since the provinces of Cà Mau and Bạc Liêu merged.',
      body: richText(
        p(
          'On 16 and 17 October 2025 the Cà Mau provincial Party organisation holds its 1st Congress, for the 2025–2030 term. It is the first congress since the provinces of Cà Mau and Bạc Liêu merged into the province of Cà Mau.',
        ),
        p(
          'The Congress reviews the 2020–2025 record of socio-economic development and Party building of the two former provinces, and discusses the draft political report with its key tasks and strategic breakthroughs for the new term.',
        ),
        p(
          'The merger gives the province a larger space for development. The press office has asked outlets to cover this, together with the achievements of both provinces before the merger and the hopes of cadres, Party members and the people for the Congress.',
        ),
      ),
    },
  },
  {
    slug: 'hop-bao-thong-tin-ve-dai-hoi',
    publishedAt: '2025-10-10T09:00:00.000Z',
    image: 'star',
    vi: {
      title: 'Họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I',
      summary:
        'Ngày 10/10/2025, các cơ quan báo chí được thông tin về chương trình Đại hội, các hoạt động tuyên truyền, văn hóa và những công trình chào mừng Đại hội.',
      body: richText(
        p(
          'Ngày 10/10/2025, Tiểu ban Tổ chức phục vụ Đại hội cùng Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030.',
        ),
        p(
          'Buổi họp báo thông tin về chương trình Đại hội trong hai ngày 16 và 17/10/2025, các hoạt động tuyên truyền, hoạt động văn hóa chào mừng Đại hội và các công trình, phần việc trọng điểm đã hoàn thành để chào mừng Đại hội.',
        ),
        h2('Nội dung đề nghị báo chí quan tâm'),
        list([
          'Ý nghĩa, chủ đề và phương châm của Đại hội',
          'Thành tựu của hai tỉnh Cà Mau và Bạc Liêu trước hợp nhất',
          'Không gian phát triển mới sau hợp nhất',
          'Nhiệm vụ trọng tâm và đột phá chiến lược trong dự thảo Báo cáo chính trị',
          'Kết quả phát triển kinh tế – xã hội và xây dựng Đảng giai đoạn 2020–2025',
          'Sản phẩm tiêu biểu của địa phương được trưng bày tại Đại hội',
          'Niềm tin, kỳ vọng của cán bộ, đảng viên và Nhân dân',
        ]),
        p(
          'Phóng viên tác nghiệp tại Đại hội thực hiện theo Quy chế hoạt động tác nghiệp của báo chí tại Đại hội.',
        ),
      ),
    },
    en: {
      title: 'Press conference on the 1st Congress of the Cà Mau Provincial Party Committee',
      summary:
        'On 10 October 2025 the press was briefed on the Congress programme, the information and cultural activities, and the works completed to welcome the Congress.',
      body: richText(
        p(
          'On 10 October 2025 the Organising Sub-committee serving the Congress and the Board for Propaganda, Education and Mass Mobilisation of the Provincial Party Committee held a press conference on the 1st Congress of the Cà Mau Provincial Party Committee, 2025–2030 term.',
        ),
        p(
          'The press conference presented the two-day programme of the Congress on 16 and 17 October 2025, the information and cultural activities held in its honour, and the key works completed to welcome it.',
        ),
        h2('Topics the press office asks outlets to cover'),
        list([
          'The meaning, theme and motto of the Congress',
          'The achievements of Cà Mau and Bạc Liêu before the merger',
          'The larger development space after the merger',
          'The key tasks and strategic breakthroughs in the draft political report',
          'The 2020–2025 record of socio-economic development and Party building',
          'Local products displayed at the Congress',
          'The hopes of cadres, Party members and the people',
        ]),
        p('Journalists working at the Congress follow the Congress rules for press work.'),
      ),
    },
  },
  {
    slug: 'ung-dung-cong-nghe-thong-tin-tai-dai-hoi',
    publishedAt: '2025-10-13T01:30:00.000Z',
    image: 'network',
    vi: {
      title: 'Ứng dụng công nghệ thông tin trong các khâu quan trọng của Đại hội',
      summary:
        'Tài liệu điện tử, đăng ký và điểm danh bằng hệ thống điện tử, điều hành một số phiên họp qua hệ thống điện tử là điểm mới của Đại hội lần này.',
      body: richText(
        p(
          'Điểm mới của Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I là việc ứng dụng công nghệ thông tin trong các khâu quan trọng của Đại hội.',
        ),
        p(
          'Tài liệu Đại hội được quản lý và phát hành dưới dạng điện tử. Việc đăng ký và điểm danh người tham dự được thực hiện trên hệ thống điện tử.',
        ),
        p('Một số phiên họp của Đại hội được điều hành thông qua hệ thống điện tử.'),
        p(
          'Đối với báo chí, việc đăng ký thẻ tác nghiệp cũng được thực hiện trực tuyến trên cổng thông tin này, và thẻ tác nghiệp có mã QR để kiểm soát ra vào khu vực Đại hội.',
        ),
      ),
    },
    en: {
      title: 'Information technology in every key step of the Congress',
      summary:
        'Electronic documents, electronic registration and check-in, and some sessions run through an electronic system are what is new at this Congress.',
      body: richText(
        p(
          'What is new at the 1st Congress of the Cà Mau Provincial Party Committee is the use of information technology in every key step of the Congress.',
        ),
        p(
          'Congress documents are managed and distributed electronically. Participants register and check in through an electronic system.',
        ),
        p('Some sessions of the Congress are run through an electronic system.'),
        p(
          'For the press, accreditation is also handled online on this portal, and each press pass carries a QR code that is checked at the entrances to the congress area.',
        ),
      ),
    },
  },
  {
    slug: '450-dai-bieu-68-doan-du-dai-hoi',
    publishedAt: '2025-10-16T00:00:00.000Z',
    image: 'hall',
    vi: {
      title: '450 đại biểu thuộc 68 đoàn dự Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I',
      summary:
        'Đại hội có 450 đại biểu chính thức, gồm 53 đại biểu đương nhiên và 397 đại biểu được chỉ định, cùng 71 đại biểu dự khuyết.',
      body: richText(
        p(
          'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030 diễn ra trong hai ngày 16 và 17/10/2025 với sự tham dự của 450 đại biểu, sinh hoạt tại 68 đoàn đại biểu.',
        ),
        p(
          'Trong tổng số 450 đại biểu có 53 đại biểu đương nhiên và 397 đại biểu chính thức do Ban Thường vụ Tỉnh ủy chỉ định. Ngoài ra, Đại hội có 71 đại biểu dự khuyết.',
        ),
        p('Đại biểu làm thủ tục điểm danh trên hệ thống điện tử trước mỗi phiên họp.'),
        p(
          'Trung tâm Báo chí cập nhật thông tin về Đại hội trên cổng thông tin này trong suốt hai ngày làm việc.',
        ),
      ),
    },
    en: {
      title: '450 delegates in 68 delegations attend the 1st Cà Mau Provincial Party Congress',
      summary:
        'The Congress has 450 delegates — 53 ex officio and 397 appointed — as well as 71 alternate delegates.',
      body: richText(
        p(
          'The 1st Congress of the Cà Mau Provincial Party Committee, 2025–2030 term, takes place on 16 and 17 October 2025 and is attended by 450 delegates in 68 delegations.',
        ),
        p(
          'Of the 450 delegates, 53 are ex officio and 397 are official delegates appointed by the Standing Committee of the Provincial Party Committee. The Congress also has 71 alternate delegates.',
        ),
        p('Delegates check in through an electronic system before each session.'),
        p(
          'The press centre posts updates about the Congress on this portal throughout both working days.',
        ),
      ),
    },
  },
  {
    slug: 'trung-bay-san-pham-dia-phuong-tai-dai-hoi',
    publishedAt: '2025-10-17T03:00:00.000Z',
    image: 'waves',
    vi: {
      title: 'Trưng bày sản phẩm tiêu biểu của địa phương tại Đại hội',
      summary:
        'Bên lề Đại hội, khu trưng bày giới thiệu sản phẩm tiêu biểu của địa phương tới đại biểu, khách mời và phóng viên.',
      body: richText(
        p(
          'Bên cạnh chương trình làm việc, Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I có khu trưng bày sản phẩm tiêu biểu của địa phương.',
        ),
        p(
          'Khu trưng bày giúp đại biểu, khách mời và phóng viên tìm hiểu thế mạnh sản xuất của tỉnh sau khi Cà Mau và Bạc Liêu hợp nhất.',
        ),
        p(
          'Sản phẩm địa phương được trưng bày tại Đại hội là một trong những nội dung Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các cơ quan báo chí quan tâm phản ánh. Phóng viên muốn ghi hình, chụp ảnh tại khu trưng bày liên hệ Trung tâm Báo chí để được hướng dẫn.',
        ),
      ),
    },
    en: {
      title: 'Local products on display at the Congress',
      summary:
        'Alongside the Congress, an exhibition area presents local products to delegates, guests and the press.',
      body: richText(
        p(
          'Alongside its working programme, the 1st Congress of the Cà Mau Provincial Party Committee has an exhibition area for products of the province.',
        ),
        p(
          'The exhibition lets delegates, guests and journalists see what the province produces now that Cà Mau and Bạc Liêu have merged.',
        ),
        p(
          'Local products displayed at the Congress are among the topics the press office has asked outlets to cover. Journalists who wish to film or photograph the exhibition should ask the press centre for directions.',
        ),
      ),
    },
  },
]

/** An unpublished article: tests use it to prove drafts never reach the public site. */
export const DRAFT_NEWS: DemoArticle = {
  slug: 'ban-nhap-tong-ket-ngay-lam-viec-thu-nhat',
  publishedAt: null,
  image: null,
  vi: {
    title: 'Bản nháp: Tổng kết ngày làm việc thứ nhất của Đại hội',
    summary: 'Bài đang biên tập, chưa xuất bản.',
    body: richText(p('Nội dung đang được biên tập.')),
  },
  en: {
    title: 'Draft: Round-up of the first day of the Congress',
    summary: 'Being edited; not published.',
    body: richText(p('This text is still being edited.')),
  },
}

export const DRAFT_NEWS_TITLE = DRAFT_NEWS.vi.title
