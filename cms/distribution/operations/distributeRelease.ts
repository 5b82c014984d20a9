import { createHash } from 'node:crypto'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { PayloadRequest, Where } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { DISTRIBUTION_EMAIL_QUEUE } from '~/cms/email/outbox'
import { getEnv } from '~/cms/env'
import {
  copyDueAt,
  deliveryKey,
  type DistributionCopy,
  normaliseEmail,
  unsubscribeToken,
  type UnsubscribeTarget,
} from '~/cms/lib/distribution/distributionRules'
import { releaseMessage } from '~/cms/lib/distribution/releaseMessage'
import { isUnderEmbargo } from '~/cms/lib/embargo'
import { siteUrl } from '~/cms/lib/siteUrl'
import { now } from '~/cms/lib/time'
import type { PressRelease } from '~/cms/payload-types'
import { queueReleaseCopy } from '../queue'

type Recipient = { email: string; language: 'vi' | 'en'; target: UnsubscribeTarget }

const PAGE = 500

/** Every address a copy goes to: the event's opted-in accredited journalists, or confirmed subscribers. */
async function recipientsOf(
  req: PayloadRequest,
  release: PressRelease,
  copy: DistributionCopy,
): Promise<Recipient[]> {
  const recipients: Recipient[] = []
  const event = release.event ? extractID(release.event) : null
  for (let page = 1; ; page += 1) {
    if (copy === 'press') {
      if (event === null || event === undefined) return recipients
      const where: Where = {
        and: [
          { accredited: { equals: true } },
          { releaseEmails: { equals: true } },
          { 'request.event': { equals: event } },
          { 'request.status': { equals: 'approved' } },
        ],
      }
      const found = await req.payload.find({
        collection: 'journalists',
        where,
        depth: 0,
        page,
        limit: PAGE,
        sort: 'id',
        select: { email: true, language: true },
        overrideAccess: true,
        req,
      })
      for (const row of found.docs)
        if (row.email)
          recipients.push({
            email: row.email,
            language: row.language === 'en' ? 'en' : 'vi',
            target: { kind: 'j', id: String(row.id) },
          })
      if (!found.hasNextPage) return recipients
    } else {
      const found = await req.payload.find({
        collection: 'subscribers',
        where: { state: { equals: 'confirmed' } },
        depth: 0,
        page,
        limit: PAGE,
        sort: 'id',
        select: { email: true, language: true },
        overrideAccess: true,
        req,
      })
      for (const row of found.docs)
        recipients.push({
          email: row.email,
          language: row.language === 'en' ? 'en' : 'vi',
          target: { kind: 's', id: String(row.id) },
        })
      if (!found.hasNextPage) return recipients
    }
  }
}

/** Addresses this copy of the release has already been queued for (whatever their state). */
async function alreadyQueued(
  req: PayloadRequest,
  release: number | string,
  copy: DistributionCopy,
): Promise<Set<string>> {
  const done = new Set<string>()
  for (let page = 1; ; page += 1) {
    const found = await req.payload.find({
      collection: 'email-messages',
      where: { and: [{ release: { equals: release } }, { copy: { equals: copy } }] },
      depth: 0,
      page,
      limit: 1000,
      select: { to: true },
      overrideAccess: true,
      req,
    })
    for (const row of found.docs) done.add(normaliseEmail(row.to))
    if (!found.hasNextPage) return done
  }
}

/** The release's body for the e-mail: HTML (the converter escapes text) and plain text; none if empty. */
function bodyOf(release: PressRelease): { html: string; text: string } | null {
  const data = release.body as unknown as SerializedEditorState | null | undefined
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const text = convertLexicalToPlaintext({ data }).trim()
  if (!text) return null
  return { html: convertLexicalToHTML({ data, disableContainer: true }), text }
}

/**
 * Sends a copy of a release to everyone it is due to, once: queues one outbox message per address
 * not yet queued for this copy (the paced queue, cms/email/outbox.ts), in one transaction. Run by
 * the `distributeRelease` job, queued when a release is published or its embargo changes or
 * lifts; a job that runs early (the embargo was moved later) queues itself again for the new time.
 * Returns how many messages it queued.
 */
export async function distributeRelease(
  req: PayloadRequest,
  input: { release: number | string; copy: DistributionCopy },
): Promise<{ queued: number; due: 'now' | 'later' | 'never' }> {
  const { copy } = input
  const load = (locale: 'vi' | 'en') =>
    req.payload
      .findByID({
        collection: 'press-releases',
        id: input.release,
        depth: 0,
        locale,
        fallbackLocale: 'vi',
        overrideAccess: true,
        req,
      })
      .catch(() => null)
  const vi = await load('vi')
  const en = vi ? await load('en') : null
  if (!vi || !en) return { queued: 0, due: 'never' }
  const moment = now()
  const due = copyDueAt(vi, copy, moment)
  if (due === null) return { queued: 0, due: 'never' }
  if (due !== 'now') {
    await queueReleaseCopy(req, vi, copy)
    return { queued: 0, due: 'later' }
  }
  const embargoed = copy === 'press' && isUnderEmbargo(vi, moment)
  const env = getEnv()
  const host = new URL(env.SITE_URL).hostname || 'portal.local'
  const bodies = { vi: bodyOf(vi), en: bodyOf(en) }
  return inTransaction(req, async () => {
    const done = await alreadyQueued(req, vi.id, copy)
    const recipients = (await recipientsOf(req, vi, copy)).filter((recipient) => {
      const email = normaliseEmail(recipient.email)
      if (done.has(email)) return false
      done.add(email)
      return true
    })
    for (const recipient of recipients) {
      const release = recipient.language === 'en' ? en : vi
      const token = unsubscribeToken(req.payload.secret, recipient.target)
      const unsubscribeUrl = siteUrl(
        env.SITE_URL,
        recipient.language,
        `/subscribe/unsubscribe/${token}/`,
      )
      const releaseUrl = siteUrl(
        env.SITE_URL,
        recipient.language,
        embargoed ? '/press/' : `/releases/${release.slug}/`,
      )
      const message = releaseMessage({
        release,
        language: recipient.language,
        embargoed,
        releaseUrl,
        unsubscribeUrl,
        body: bodies[recipient.language],
      })
      const key = deliveryKey(vi.id, copy, recipient.email)
      await queueEmail(req, {
        to: recipient.email,
        ...message,
        kind: 'release',
        language: recipient.language,
        release: vi.id,
        copy,
        deliveryKey: key,
        queue: DISTRIBUTION_EMAIL_QUEUE,
        headers: {
          // Stable across retries: a receiving server drops a copy it already has.
          'Message-ID': `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}.release@${host}>`,
          // One-click (RFC 8058) POSTs come from mail providers' servers: the CMS's REST address
          // takes them (cms/collections/Subscribers/endpoints.ts); the site refuses cross-site POSTs.
          'List-Unsubscribe': `<${env.CMS_URL.replace(/\/$/, '')}/api/subscribers/unsubscribe/${token}?lang=${recipient.language}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'List-Id': `Press releases <releases.${host}>`,
        },
      })
    }
    return { queued: recipients.length, due: 'now' as const }
  })
}
