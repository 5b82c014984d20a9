import type { APIRoute } from 'astro'

import { applicantFileHeaders } from '../../../../../cms/lib/fileHeaders'
import { readApplicantFile } from '../../../../lib/cms'

/** The applicant's own portrait or letter, behind their secret link only. Never cached by anyone. */
export const GET: APIRoute = async ({ params }) => {
  const kind = params.file === 'portrait' || params.file === 'letter' ? params.file : null
  const file = kind ? await readApplicantFile(params.token ?? '', kind) : null
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Content-Length': String(file.size),
      ...applicantFileHeaders(file.type, kind!),
    },
  })
}
