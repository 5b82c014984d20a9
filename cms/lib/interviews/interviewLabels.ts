import type { InterviewStatus } from './interviewRules'

type Label = { vi: string; en: string }
const label = (vi: string, en: string): Label => ({ vi, en })

/** An interview request's status, for the admin, the press area and the e-mails. */
export const interviewStatusLabels: Record<InterviewStatus, Label> = {
  requested: label('Đã gửi yêu cầu', 'Requested'),
  forwarded: label('Đã chuyển đến đoàn, chờ trả lời', 'Forwarded, awaiting the delegation'),
  accepted: label('Đoàn đồng ý, chờ xếp lịch', 'Accepted, awaiting a slot'),
  declined: label('Đoàn từ chối', 'Declined'),
  'no-answer': label('Đoàn không trả lời', 'No answer'),
  scheduled: label('Đã xếp lịch', 'Scheduled'),
}

/** The audit trail's words for each step of an interview request (cms/lib/labels.ts spreads them). */
export const interviewAuditLabels: Record<string, Label> = {
  'interview-requested': label('Phóng viên đề nghị phỏng vấn', 'Interview requested'),
  'interview-forwarded': label('Chuyển đề nghị phỏng vấn đến đoàn', 'Interview request forwarded'),
  'interview-reminded': label('Nhắc đoàn trả lời đề nghị phỏng vấn', 'Delegation reminded'),
  'interview-accepted': label('Đoàn đồng ý phỏng vấn', 'Interview accepted'),
  'interview-declined': label('Đoàn từ chối phỏng vấn', 'Interview declined'),
  'interview-no-answer': label('Đoàn không trả lời (hết hạn)', 'No answer (link expired)'),
  'interview-scheduled': label('Xếp lịch phỏng vấn', 'Interview scheduled'),
}

/** The outbox's words for the interview e-mails (cms/lib/labels.ts spreads them). */
export const interviewEmailKindLabels: Record<string, Label> = {
  'interview-consent': label('Đề nghị phỏng vấn (xin ý kiến đoàn)', 'Interview consent request'),
  'interview-reminder': label('Nhắc trả lời đề nghị phỏng vấn', 'Interview consent reminder'),
  'interview-scheduled': label('Lịch phỏng vấn', 'Interview scheduled'),
}
export const INTERVIEW_EMAIL_KINDS = [
  'interview-consent',
  'interview-reminder',
  'interview-scheduled',
] as const

/** Every refusal of an interview action, in the caller's language. */
export const INTERVIEW_MESSAGES = {
  'not-signed-in': [
    'Hãy đăng nhập khu vực báo chí bằng tài khoản của bạn.',
    'Sign in to the press area with your own account.',
  ],
  'no-pass': [
    'Bạn chưa có thẻ tác nghiệp còn hiệu lực cho sự kiện này, nên chưa đề nghị phỏng vấn được.',
    'You hold no valid press pass for this event, so you cannot request an interview.',
  ],
  'not-staff': [
    'Chỉ cán bộ Trung tâm Báo chí mới làm được việc này.',
    'Only press centre officers can do this.',
  ],
  'no-delegation': ['Hãy chọn một đoàn đại biểu.', 'Choose a delegation.'],
  'no-delegate': [
    'Đoàn này không có đại biểu đó; hãy chọn lại.',
    'That delegate is not in this delegation; choose again.',
  ],
  'no-topic': ['Hãy ghi chủ đề phỏng vấn.', 'Give the interview’s topic.'],
  'topic-too-long': [
    'Chủ đề quá dài (tối đa 200 ký tự).',
    'The topic is too long (200 characters at most).',
  ],
  'questions-too-long': [
    'Câu hỏi quá dài (tối đa 3.000 ký tự).',
    'The questions are too long (3,000 characters at most).',
  ],
  'window-count': [
    'Hãy nêu từ 1 đến 3 khung giờ mong muốn.',
    'Give one to three preferred time windows.',
  ],
  'window-format': ['Giờ không hợp lệ (dạng 09:30).', 'A time is not valid (use 09:30).'],
  'window-day': [
    'Khung giờ phải nằm trong các ngày diễn ra đại hội.',
    'Each window must be on one of the congress days.',
  ],
  'window-order': [
    'Giờ bắt đầu phải trước giờ kết thúc.',
    'Each window must start before it ends.',
  ],
  'no-request': ['Không có đề nghị phỏng vấn này.', 'No such interview request.'],
  'cannot-forward': [
    'Đề nghị này không ở trạng thái chuyển đến đoàn được',
    'This request cannot be forwarded in its current status',
  ],
  'no-contact': [
    'Đoàn chưa có e-mail người liên hệ; hãy bổ sung trước khi chuyển.',
    'The delegation has no contact e-mail; add one before forwarding.',
  ],
  'cannot-schedule': [
    'Chỉ xếp lịch được khi đoàn đã đồng ý',
    'A slot can be given only once the delegation has accepted',
  ],
  'slot-order': ['Giờ kết thúc phải sau giờ bắt đầu.', 'The slot must end after it starts.'],
  'slot-length': ['Một buổi phỏng vấn dài tối đa 4 giờ.', 'An interview lasts 4 hours at most.'],
  'slot-day': [
    'Lịch phỏng vấn phải nằm trong các ngày diễn ra sự kiện.',
    'The slot must be on one of the event’s days.',
  ],
  'no-room': ['Hãy ghi phòng phỏng vấn.', 'Give the interview room.'],
  'room-taken': [
    'Phòng này đã có buổi phỏng vấn khác trùng giờ',
    'This room already has another interview at an overlapping time',
  ],
  'journalist-busy': [
    'Phóng viên này đã có buổi phỏng vấn khác trùng giờ',
    'This journalist already has another interview at an overlapping time',
  ],
  'link-unknown': [
    'Đường dẫn không hợp lệ. Hãy dùng đúng đường dẫn trong thư của Trung tâm Báo chí.',
    'This link is not valid. Use the link from the press centre’s e-mail.',
  ],
  'link-expired': [
    'Đường dẫn đã hết hạn. Vui lòng liên hệ Trung tâm Báo chí nếu đoàn vẫn muốn trả lời.',
    'This link has expired. Please contact the press centre if the delegation still wishes to answer.',
  ],
  'link-used': [
    'Đường dẫn này đã được dùng: câu trả lời của đoàn đã được ghi nhận. Mỗi đường dẫn chỉ dùng một lần.',
    'This link has been used: the delegation’s answer is already recorded. Each link works once.',
  ],
  'no-answer-given': ['Hãy chọn đồng ý hoặc từ chối.', 'Choose accept or decline.'],
} as const satisfies Record<string, readonly [string, string]>

export type InterviewRefusal = keyof typeof INTERVIEW_MESSAGES

export const interviewMessage = (
  language: string | null | undefined,
  refusal: InterviewRefusal,
  detail = '',
): string =>
  `${INTERVIEW_MESSAGES[refusal][language === 'en' ? 1 : 0]}${detail ? `: ${detail}` : ''}`
