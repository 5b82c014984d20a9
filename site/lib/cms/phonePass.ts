import QRCode from 'qrcode'

import { signPassToken } from '../../../cms/lib/passes/passToken'
import { loadPassKeys } from '../../../cms/passKeys'
import type { Outlet } from '../../../cms/payload-types'
import { loadByStatusToken } from './accreditationStatus'
import { payloadClient } from './payload'

export type PhonePass = {
  passNumber: string
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
  const { docs } = await payload.find({ collection: 'passes', where: { request: { equals: found.id } }, limit: 1, depth: 0, overrideAccess: false, context: found.grant })
  const pass = docs[0]
  if (!pass) return null
  const active = pass.status === 'active' && found.doc.status === 'approved'
  const qrToken = active ? signPassToken(loadPassKeys().privateKey, { p: String(pass.id), v: pass.version, d: pass.days ?? [], z: pass.zones ?? [] }) : null
  return {
    passNumber: pass.passNumber,
    status: active ? 'active' : 'revoked',
    version: pass.version,
    days: pass.days ?? [],
    zones: pass.zones ?? [],
    fullName: found.doc.fullName,
    outlet: (found.doc.outlet as Outlet | null)?.name ?? found.doc.outletOther ?? '',
    role: found.doc.role,
    qrToken,
    qrSvg: qrToken ? await QRCode.toString(qrToken, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) : null,
  }
}
