import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '~/cms/access/isAdmin'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { forwardInterviewEndpoint, scheduleInterviewEndpoint } from '~/cms/interviews/endpoints'
import { interviewStatusLabels } from '~/cms/lib/interviews/interviewLabels'
import { windowText } from '~/cms/lib/interviews/interviewEmails'
import { INTERVIEW_STATUSES, type Window } from '~/cms/lib/interviews/interviewRules'
import { canHandleAccreditation } from '~/cms/lib/roles'

const nobody: FieldAccess = () => false
/** Written only by the interview operations (cms/interviews/operations), which check the caller first. */
const byOperation: Access = ({ req }) => req.context.interviewWrite === true
/** Officers and admins see every request; a journalist only their own; nobody else any. */
const staffOrOwnJournalist: Access = ({ req: { user } }) => {
  if (canHandleAccreditation(user)) return true
  return user?.collection === 'journalists' ? { journalist: { equals: user.id } } : false
}
const staffField: FieldAccess = ({ req: { user } }) => canHandleAccreditation(user)
const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}

/**
 * A journalist's request to interview a delegation or one of its named delegates. Made from the
 * press area (requestInterview), forwarded to the delegation's contact with a consent link
 * (forwardInterviewRequest), answered by the contact (answerInterviewConsent), given a slot and a
 * room (scheduleInterview), followed up by the jobs queue (followUpInterviewRequests). Nothing of
 * it is public.
 */
export const InterviewRequests: CollectionConfig<'interview-requests'> = {
  slug: 'interview-requests',
  labels: {
    singular: { vi: 'Đề nghị phỏng vấn', en: 'Interview request' },
    plural: { vi: 'Đề nghị phỏng vấn', en: 'Interview requests' },
  },
  access: {
    read: staffOrOwnJournalist,
    create: byOperation,
    update: byOperation,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'topic', 'slotStart', 'room', 'createdAt'],
    listSearchableFields: ['title', 'topic'],
    group: { vi: 'Phỏng vấn đại biểu', en: 'Delegate interviews' },
    description: {
      vi: 'Lọc theo trạng thái; mở một đề nghị để chuyển đến đoàn hoặc xếp lịch (giờ, phòng).',
      en: 'Filter by status; open a request to forward it to the delegation or give it a slot and room.',
    },
  },
  defaultSort: '-createdAt',
  hooks: { afterError: [answerNotFoundWhenRefused] },
  endpoints: [forwardInterviewEndpoint, scheduleInterviewEndpoint],
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: {
        components: { Field: '/components/InterviewActions#InterviewActions' },
      },
    },
    { name: 'title', type: 'text', admin: { readOnly: true }, label: { vi: 'Tên', en: 'Title' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'requested',
      index: true,
      options: INTERVIEW_STATUSES.map((value) => ({ value, label: interviewStatusLabels[value] })),
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Trạng thái', en: 'Status' },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: { vi: 'Sự kiện', en: 'Event' },
    },
    {
      name: 'journalist',
      type: 'relationship',
      relationTo: 'journalists',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: { vi: 'Phóng viên', en: 'Journalist' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'journalistName',
          type: 'text',
          admin: { readOnly: true },
          label: { vi: 'Họ tên phóng viên', en: 'Journalist’s name' },
        },
        {
          name: 'outletName',
          type: 'text',
          admin: { readOnly: true },
          label: { vi: 'Cơ quan báo chí', en: 'Outlet' },
        },
        {
          name: 'passNumber',
          type: 'text',
          admin: { readOnly: true },
          label: { vi: 'Số thẻ', en: 'Pass' },
        },
      ],
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: [
        { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
        { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Ngôn ngữ của phóng viên', en: 'Journalist’s language' },
    },
    {
      name: 'delegation',
      type: 'relationship',
      relationTo: 'delegations',
      required: true,
      index: true,
      admin: { readOnly: true },
      access: { read: staffField },
      label: { vi: 'Đoàn đại biểu', en: 'Delegation' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'delegationName',
          type: 'text',
          admin: { readOnly: true },
          label: { vi: 'Tên đoàn', en: 'Delegation name' },
        },
        { name: 'delegate', type: 'text', admin: { hidden: true } },
        {
          name: 'delegateName',
          type: 'text',
          admin: { readOnly: true },
          label: { vi: 'Đại biểu được đề nghị', en: 'Delegate asked for' },
        },
      ],
    },
    {
      name: 'topic',
      type: 'text',
      required: true,
      admin: { readOnly: true },
      label: { vi: 'Chủ đề', en: 'Topic' },
    },
    {
      name: 'questions',
      type: 'textarea',
      admin: { readOnly: true },
      label: { vi: 'Câu hỏi dự kiến', en: 'Questions' },
    },
    // What the officer reads (dd/MM/yyyy, 24-hour); the rows themselves stay for REST and the site.
    {
      name: 'preferredTimes',
      type: 'text',
      virtual: true,
      admin: { readOnly: true },
      label: { vi: 'Khung giờ mong muốn (giờ Việt Nam)', en: 'Preferred windows (Vietnam time)' },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            ((siblingData?.windows ?? []) as Window[]).map(windowText).join('; '),
        ],
      },
    },
    {
      name: 'windows',
      type: 'array',
      admin: { readOnly: true, hidden: true },
      labels: {
        singular: { vi: 'Khung giờ', en: 'Window' },
        plural: { vi: 'Khung giờ mong muốn', en: 'Preferred windows' },
      },
      label: { vi: 'Khung giờ mong muốn', en: 'Preferred windows' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'text', required: true, label: { vi: 'Ngày', en: 'Day' } },
            { name: 'from', type: 'text', required: true, label: { vi: 'Từ', en: 'From' } },
            { name: 'to', type: 'text', required: true, label: { vi: 'Đến', en: 'To' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'forwardedAt',
          type: 'date',
          admin: { readOnly: true, ...dateTime },
          label: { vi: 'Chuyển đến đoàn lúc', en: 'Forwarded at' },
        },
        {
          name: 'consentExpiresAt',
          type: 'date',
          admin: { readOnly: true, ...dateTime },
          label: { vi: 'Đường dẫn hết hạn lúc', en: 'Link expires at' },
        },
        {
          name: 'remindedAt',
          type: 'date',
          admin: { readOnly: true, ...dateTime },
          label: { vi: 'Đã nhắc lúc', en: 'Reminded at' },
        },
        {
          name: 'answeredAt',
          type: 'date',
          admin: { readOnly: true, ...dateTime },
          label: { vi: 'Đoàn trả lời lúc', en: 'Answered at' },
        },
      ],
    },
    // The consent link's secret part while it is unused; cleared by the answer (single use).
    { name: 'consentNonce', type: 'text', access: { read: nobody }, admin: { hidden: true } },
    {
      name: 'answerNote',
      type: 'textarea',
      admin: { readOnly: true },
      access: { read: staffField },
      label: { vi: 'Lời nhắn của đoàn', en: 'Delegation’s note' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'slotStart',
          type: 'date',
          admin: { readOnly: true, ...dateTime },
          label: { vi: 'Bắt đầu', en: 'Starts' },
        },
        {
          name: 'slotEnd',
          type: 'date',
          admin: { readOnly: true, ...dateTime },
          label: { vi: 'Kết thúc', en: 'Ends' },
        },
        {
          name: 'room',
          type: 'text',
          admin: { readOnly: true },
          label: { vi: 'Phòng', en: 'Room' },
        },
      ],
    },
    { name: 'roomKey', type: 'text', index: true, admin: { hidden: true } },
  ],
}
