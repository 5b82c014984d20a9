import type { CollectionConfig } from 'payload'

import { staffOrApplicantUploading, staffOrOwnFiles } from '~/cms/access/applicant'
import { isAccreditationStaff } from '~/cms/access/isAccreditationStaff'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { logStaffAccess } from '~/cms/hooks/logStaffAccess'
import { applicantFileHeaders } from '~/cms/lib/fileHeaders'
import { now } from '~/cms/lib/time'
import { APPLICANT_FILES_DIR } from '~/cms/paths'
import { fileKindLabels, label, optionsOf } from '~/cms/lib/labels'

/**
 * Applicants' portraits and assignment letters. Stored under data/private (never media/), under
 * random names, already judged by their bytes and re-encoded before they get here. Payload's own
 * file route checks the read access below, so only accreditation staff can open them there.
 */
export const ApplicantFiles: CollectionConfig<'applicant-files'> = {
  slug: 'applicant-files',
  labels: {
    singular: { vi: 'Tệp hồ sơ', en: 'Applicant file' },
    plural: { vi: 'Tệp hồ sơ', en: 'Applicant files' },
  },
  access: {
    read: staffOrOwnFiles,
    create: staffOrApplicantUploading,
    update: () => false,
    delete: isAccreditationStaff,
  },
  admin: { group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' }, hidden: true },
  hooks: { afterError: [answerNotFoundWhenRefused] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: optionsOf(['portrait', 'letter'] as const, fileKindLabels),
      label: label('Loại tệp', 'Kind'),
    },
    // When the photo or letter was first uploaded; a copy made from a journalist's profile for a
    // later application keeps the original's date, so a two-year-old portrait stays two years old.
    {
      name: 'takenAt',
      type: 'date',
      defaultValue: () => now().toISOString(),
      access: { update: () => false },
      admin: { readOnly: true },
      label: label('Tải lên lúc', 'Uploaded at'),
    },
    // Set when the retention period removed the file's bytes (cms/lifecycle/purge.ts); the row
    // stays, holding no personal data, so the application keeps its shape.
    {
      name: 'purgedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      label: label('Đã xóa nội dung lúc', 'Purged at'),
    },
  ],
  upload: {
    staticDir: APPLICANT_FILES_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    // Portraits arrive normalised to 600×800; the admin shows them as they are.
    adminThumbnail: ({ doc }) =>
      String(doc.mimeType).startsWith('image/')
        ? `/api/applicant-files/file/${doc.filename}`
        : null,
    displayPreview: true,
    // Every answer of Payload's file route (admin, REST) is a download under a sandboxing policy:
    // a letter's scripts or open actions never run in an officer's browser (cms/lib/fileHeaders.ts).
    modifyResponseHeaders: ({ headers }) => {
      for (const [name, value] of Object.entries(
        applicantFileHeaders(headers.get('Content-Type') ?? ''),
      ))
        headers.set(name, value)
      return headers
    },
    // Runs after Payload's read-access check, before the file is sent: the access log names the file.
    handlers: [
      async (req, { params }) => {
        await logStaffAccess(req, {
          action: 'opened-file',
          collectionSlug: 'applicant-files',
          documentId: params.filename,
        })
      },
    ],
  },
}
