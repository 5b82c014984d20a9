import type { PressRule } from '../payload-types'
import { heading, paragraph, richText } from './richText'

type Rule = { heading: string; text: string }

/** Demo press operating rules (quy chế hoạt động tác nghiệp), written as the press office's own text. */
export const PRESS_RULES_SHARED = {
  version: '1.0',
  effectiveFrom: '2025-10-01T00:00:00.000Z',
} satisfies Partial<PressRule>

const RULES: Record<'vi' | 'en', { title: string; intro: string; rules: Rule[]; closing: string }> =
  {
    vi: {
      title:
        'Quy chế hoạt động tác nghiệp của báo chí tại Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I',
      intro:
        'Quy chế này áp dụng cho phóng viên, phóng viên ảnh, quay phim và kỹ thuật viên được cấp thẻ tác nghiệp tại Đại hội. Trung tâm Báo chí của Đại hội do Ban Tuyên giáo và Dân vận Tỉnh ủy phụ trách.',
      rules: [
        {
          heading: '1. Thẻ tác nghiệp',
          text: 'Chỉ người được cấp thẻ tác nghiệp mới được hoạt động báo chí tại khu vực Đại hội. Thẻ phải đeo ở vị trí dễ nhìn trong suốt thời gian có mặt tại khu vực Đại hội, chỉ dùng cho người có tên trên thẻ, không cho mượn hay chuyển nhượng. Khi qua cổng, xuất trình kèm thẻ nhà báo hoặc giấy tờ tùy thân để đối chiếu.',
        },
        {
          heading: '2. Kiểm tra an ninh',
          text: 'Mọi người và thiết bị tác nghiệp đều phải qua kiểm tra an ninh tại cổng vào. Đề nghị có mặt ít nhất 60 phút trước giờ bắt đầu phiên họp. Không mang vào khu vực Đại hội các vật dụng bị cấm theo hướng dẫn của lực lượng bảo vệ.',
        },
        {
          heading: '3. Khu vực dành cho báo chí',
          text: 'Phóng viên tác nghiệp tại Trung tâm Báo chí và các vị trí được bố trí cho báo chí trong hội trường. Không vào khu vực dành riêng cho đại biểu, không tự ý di chuyển trong hội trường khi phiên họp đang diễn ra.',
        },
        {
          heading: '4. Ghi hình, chụp ảnh theo nhóm tại hội trường',
          text: 'Vị trí ghi hình, chụp ảnh ở khu vực gần bục phát biểu có hạn nên được bố trí theo nhóm luân phiên (pool) do Trung tâm Báo chí sắp xếp. Hình ảnh của nhóm được chia sẻ qua Trung tâm Báo chí cho tất cả cơ quan báo chí có thẻ tác nghiệp.',
        },
        {
          heading: '5. Phiên họp không công khai',
          text: 'Không ghi âm, ghi hình, chụp ảnh hay truyền trực tiếp tại các phiên họp không công khai và tại những nơi có biển báo hạn chế. Thông tin về các phiên họp này được cung cấp qua thông cáo báo chí của Ban Tổ chức.',
        },
        {
          heading: '6. Tài liệu và thời điểm công bố',
          text: 'Tài liệu phát cho báo chí có ghi thời điểm được phép công bố thì chỉ được đăng, phát từ thời điểm đó trở đi. Khi sử dụng tài liệu của Đại hội, phải trích dẫn chính xác và ghi rõ nguồn.',
        },
        {
          heading: '7. Chỉ dẫn của Trung tâm Báo chí',
          text: 'Phóng viên thực hiện theo hướng dẫn của cán bộ Trung tâm Báo chí và lực lượng bảo vệ. Việc phỏng vấn đại biểu được thực hiện ngoài giờ họp, tại khu vực do Trung tâm Báo chí bố trí.',
        },
        {
          heading: '8. Xử lý vi phạm',
          text: 'Người vi phạm Quy chế, tùy mức độ, bị nhắc nhở hoặc thu hồi thẻ tác nghiệp; Ban Tổ chức thông báo việc vi phạm đến cơ quan báo chí chủ quản.',
        },
      ],
      closing:
        'Mọi thắc mắc về Quy chế xin liên hệ Trung tâm Báo chí của Đại hội qua địa chỉ press@congress.local.',
    },
    en: {
      title: 'Rules for press work at the 1st Congress of the Cà Mau Provincial Party Committee',
      intro:
        'These rules apply to every reporter, photographer, camera operator and technician accredited to the Congress. The Congress press centre is run by the Board for Propaganda, Education and Mass Mobilisation of the Provincial Party Committee.',
      rules: [
        {
          heading: '1. Press pass',
          text: 'Only holders of a congress press pass may work as press in the congress area. Wear the pass where it can be seen at all times while you are in the congress area. It is valid only for the person named on it and may not be lent or handed on. At the gate, show your press card or an identity document with it.',
        },
        {
          heading: '2. Security check',
          text: 'Every person and every piece of equipment passes the security check at the entrance. Please arrive at least 60 minutes before a session starts. Items that security staff list as prohibited may not be brought into the congress area.',
        },
        {
          heading: '3. Press areas',
          text: 'Work from the press centre and from the press positions in the hall. Do not enter areas reserved for delegates, and do not move around the hall while a session is under way.',
        },
        {
          heading: '4. Pool coverage of the plenary floor',
          text: 'Camera and photo positions near the rostrum are limited, so the press centre organises them as rotating pools. Pool pictures and footage are shared through the press centre with every accredited outlet.',
        },
        {
          heading: '5. Closed sessions',
          text: 'No recording, filming, photography or live broadcasting in closed sessions or wherever a sign restricts it. The Organising Committee informs the press about these sessions through press releases.',
        },
        {
          heading: '6. Documents and embargoes',
          text: 'Material given to the press with a release time may be published or broadcast only from that time on. When using congress documents, quote them accurately and name the source.',
        },
        {
          heading: '7. Instructions of press centre staff',
          text: 'Follow the instructions of press centre staff and security personnel. Interviews with delegates take place outside session hours, in the areas the press centre provides.',
        },
        {
          heading: '8. Violations',
          text: 'Depending on its seriousness, a breach of these rules leads to a warning or to the withdrawal of the press pass; the Organising Committee informs the journalist’s outlet of the breach.',
        },
      ],
      closing:
        'For any question about these rules, contact the Congress press centre at press@congress.local.',
    },
  }

export const pressRulesText = (locale: 'vi' | 'en'): Pick<PressRule, 'title' | 'body'> => {
  const { title, intro, rules, closing } = RULES[locale]
  return {
    title,
    body: richText(
      paragraph(intro),
      ...rules.flatMap((rule) => [heading(rule.heading), paragraph(rule.text)]),
      paragraph(closing),
    ),
  }
}

/** The earlier draft the press office published for comment, kept in the versions so the site lists it. */
export const EARLIER_RULES = {
  version: '0.9',
  effectiveFrom: '2025-09-20T00:00:00.000Z',
  text: {
    vi: {
      title: 'Quy chế hoạt động tác nghiệp của báo chí tại Đại hội (bản lấy ý kiến)',
      body: richText(
        paragraph(
          'Bản dự thảo quy chế để các cơ quan báo chí góp ý trước khi ban hành phiên bản 1.0.',
        ),
      ),
    },
    en: {
      title: 'Rules for press work at the Congress (draft for comment)',
      body: richText(
        paragraph(
          'The draft rules, published for outlets to comment on before version 1.0 was issued.',
        ),
      ),
    },
  },
} as const
