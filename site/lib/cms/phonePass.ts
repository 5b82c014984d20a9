import { readFile } from 'node:fs/promises'

import { extractID } from 'payload/shared'
import QRCode from 'qrcode'

import { outletDisplayName } from '~/cms/lib/accreditation/outletName'
import { renderBadgePdf } from '~/cms/lib/passes/badgePdf'
import { signPassToken } from '~/cms/lib/passes/passToken'
import { loadPassKeys } from '~/cms/passKeys'
import type { Locale } from '../i18n/locales'
import { loadByStatusToken, locateApplicantFile } from './accreditationStatus'
import { payloadClient } from './payload'

export type PhonePass = {
  passNumber: string
  eventId: number
  /** The event's name (short name if it has one), in the page's language. */
  eventName: string
  status: 'active' | 'revoked'
  version: number
  days: string[]
  zones: string[]
  fullName: string
  outlet: string
  role: string
  /** The signed token in the QR code (no personal data), and the code itself as SVG. */
  qrToken: string | null
  qrSvg: string | null
}

/**
 * The journalist's pass for the phone, behind their status link; null before approval. Its QR code
 * names the pass's event (claim `e`), so another event's door refuses it, online and offline.
 */
export async function getPhonePass(
  token: string,
  locale: Locale = 'vi',
): Promise<PhonePass | null> {
  const payload = await payloadClient()
  const found = await loadByStatusToken(payload, token)
  if (!found) return null
  const { docs } = await payload.find({
    collection: 'passes',
    where: { request: { equals: found.id } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    context: found.grant,
  })
  const pass = docs[0]
  if (!pass) return null
  const active = pass.status === 'active' && found.doc.status === 'approved'
  const eventId = extractID(pass.event as number)
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    locale,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  // The serial is hidden from everyone but the press office; the holder gets it only inside the signed code.
  const serial = active
    ? (
        await payload.findByID({
          collection: 'passes',
          id: pass.id,
          depth: 0,
          overrideAccess: true,
          select: { serial: true },
        })
      ).serial
    : null
  const qrToken = serial
    ? signPassToken(loadPassKeys().privateKey, {
        p: serial,
        v: pass.version,
        d: pass.days ?? [],
        z: pass.zones ?? [],
        e: String(eventId),
      })
    : null
  return {
    passNumber: pass.passNumber,
    eventId,
    eventName: event ? event.shortName || event.name : '',
    status: active ? 'active' : 'revoked',
    version: pass.version,
    days: pass.days ?? [],
    zones: pass.zones ?? [],
    fullName: found.doc.fullName,
    outlet: outletDisplayName(found.doc),
    role: found.doc.role,
    qrToken,
    qrSvg: qrToken
      ? await QRCode.toString(qrToken, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      : null,
  }
}

export type BadgeLabels = { title: string; role: string; days: string; zones: string }

/** The printable A6 badge of an active pass, as PDF bytes; null when there is none to print. */
export async function getPassBadge(
  token: string,
  locale: Locale,
  labels: (pass: PhonePass) => BadgeLabels,
): Promise<Uint8Array | null> {
  const pass = await getPhonePass(token, locale)
  const portrait = await locateApplicantFile(token, 'portrait')
  if (!pass?.qrToken || !portrait) return null
  const text = labels(pass)
  return renderBadgePdf({
    eventName: pass.eventName,
    title: text.title,
    passNumber: pass.passNumber,
    version: pass.version,
    fullName: pass.fullName,
    outlet: pass.outlet,
    role: text.role,
    days: text.days,
    zones: text.zones,
    portraitJpeg: await readFile(portrait.path),
    qrToken: pass.qrToken,
  })
}
