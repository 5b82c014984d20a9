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

/** The journalist's pass for the phone, behind their status link; null before approval. */
export async function getPhonePass(token: string): Promise<PhonePass | null> {
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
      })
    : null
  return {
    passNumber: pass.passNumber,
    eventId: extractID(pass.event as number),
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
  const pass = await getPhonePass(token)
  const portrait = await locateApplicantFile(token, 'portrait')
  if (!pass?.qrToken || !portrait) return null
  const payload = await payloadClient()
  const event = await payload.findByID({
    collection: 'events',
    id: pass.eventId,
    locale,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  const text = labels(pass)
  return renderBadgePdf({
    eventName: event.shortName || event.name,
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
