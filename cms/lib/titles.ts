/**
 * How the admin names a record wherever it appears as a relation (lists, pickers, the audit
 * trail, a pass's request): never Payload's "Untitled - ID: 4".
 */

/** An application: its reference and the applicant's name, "HD-0007 · Nguyễn Văn An". */
export function applicationTitle(request: {
  referenceCode?: string | null
  fullName?: string | null
}): string {
  return [request.referenceCode?.trim(), request.fullName?.trim()].filter(Boolean).join(' · ')
}
