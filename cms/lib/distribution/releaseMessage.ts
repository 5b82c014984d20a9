import { escapeHtml } from '~/cms/lib/escapeHtml'
import { formatEmbargoTime, releaseSubject } from './distributionRules'

export type ReleaseForMessage = {
  title: string
  summary?: string | null
  contact?: string | null
  number?: number | null
  embargoUntil?: string | null
}

/**
 * One distribution message: subject, plain text and HTML. The press copy of an embargoed release
 * names the embargo's end in the subject and in a banner at the top; every message ends with its
 * unsubscribe link (also in the List-Unsubscribe header).
 */
export function releaseMessage(input: {
  release: ReleaseForMessage
  language: 'vi' | 'en'
  embargoed: boolean
  releaseUrl: string
  unsubscribeUrl: string
  /** The release's body, already rendered (HTML escaped by the converter) and as plain text. */
  body?: { html: string; text: string } | null
}): { subject: string; text: string; html: string } {
  const { release, language, embargoed, releaseUrl, unsubscribeUrl, body } = input
  const en = language === 'en'
  const subject = releaseSubject(release, language, embargoed)
  const time = release.embargoUntil ? formatEmbargoTime(release.embargoUntil) : ''
  const banner =
    embargoed && release.embargoUntil
      ? en
        ? `EMBARGOED: not for publication before ${time} (Vietnam time). Sent to accredited journalists only.`
        : `CẤM ĐĂNG TẢI trước ${time} (giờ Việt Nam). Chỉ gửi phóng viên được cấp thẻ tác nghiệp.`
      : null
  const readMore = en ? 'Read the full release' : 'Đọc toàn văn thông cáo'
  const contactLabel = en ? 'Press contact' : 'Liên hệ'
  const why = en
    ? 'You receive this because you subscribed to the press office’s releases.'
    : 'Bạn nhận thư này vì đã đăng ký nhận thông cáo báo chí.'
  const leave = en ? 'Unsubscribe' : 'Huỷ đăng ký'
  const text = [
    ...(banner ? [banner, ''] : []),
    release.title,
    '',
    ...(release.summary ? [release.summary, ''] : []),
    ...(body?.text ? [body.text, ''] : []),
    `${readMore}: ${releaseUrl}`,
    ...(release.contact ? ['', `${contactLabel}: ${release.contact}`] : []),
    '',
    '--',
    why,
    `${leave}: ${unsubscribeUrl}`,
  ].join('\n')
  const paragraph = (value: string) => escapeHtml(value).replaceAll('\n', '<br>')
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;max-width:640px;margin:0 auto;padding:16px;color:#1a1a1a">
${
  banner
    ? `<p role="note" style="background:#b3261e;color:#fff;font-weight:bold;padding:12px 16px;border-radius:4px">${escapeHtml(banner)}</p>\n`
    : ''
}<p style="color:#555;margin:0">${escapeHtml(en ? 'Press release' : 'Thông cáo báo chí')}${release.number ? ` ${en ? 'no.' : 'số'} ${release.number}` : ''}</p>
<h1 style="font-size:22px;margin:4px 0 16px">${escapeHtml(release.title)}</h1>
${release.summary ? `<p><strong>${paragraph(release.summary)}</strong></p>\n` : ''}${body?.html ? `<div>${body.html}</div>\n` : ''}<p><a href="${escapeHtml(releaseUrl)}">${readMore}</a></p>
${release.contact ? `<p><strong>${contactLabel}:</strong> ${paragraph(release.contact)}</p>\n` : ''}<hr style="border:0;border-top:1px solid #ddd;margin:24px 0 8px">
<p style="font-size:12px;color:#555">${escapeHtml(why)} <a href="${escapeHtml(unsubscribeUrl)}">${leave}</a></p>
</body></html>`
  return { subject, text, html }
}
