import type { APIRoute } from 'astro'

import { applicantFileHeaders } from '~/cms/lib/fileHeaders'
import { readApplicantFile } from '~/site/lib/cms'

/**
 * The applicant's own portrait or letter, behind their secret link only. Never cached by anyone.
 * Once the request is withdrawn or erased the link shows its state only: 410 for the files.
 */
export const GET: APIRoute = async ({ params }) => {
  const kind = params.file === 'portrait' || params.file === 'letter' ? params.file : null
  const file = kind ? await readApplicantFile(params.token ?? '', kind) : null
  if (!file || file === 'gone') {
    const [status, text] = file === 'gone' ? [410, 'Gone'] : [404, 'Not found']
    return new Response(text, {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Content-Length': String(file.size),
      ...applicantFileHeaders(file.type, kind!),
    },
  })
}
