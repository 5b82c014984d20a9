import type { FieldHook, TextField } from 'payload'
import { extractID } from 'payload/shared'

import { outletDisplayName, type OutletRef } from '~/cms/lib/accreditation/outletName'

/**
 * How an application's outlet reads in the admin's lists: the listed outlet's name, or
 * "Khác: <the name the applicant typed>" ("Other: …" in English) for one not on the list, so an
 * unvetted outlet never reads as an empty cell or as a listed one. Virtual: nothing is stored;
 * each outlet's name is looked up once per request.
 */
const afterRead: FieldHook = async ({ siblingData, req }) => {
  const language = req.i18n?.language === 'en' ? 'en' : 'vi'
  const ref = siblingData as OutletRef
  if (ref.outlet == null || typeof ref.outlet === 'object') return outletDisplayName(ref, language)
  const id = extractID(ref.outlet)
  const cache = ((req.context.outletNames as Map<string, Promise<string | null>>) ??= new Map())
  if (!cache.has(String(id)))
    cache.set(
      String(id),
      req.payload
        .findByID({
          collection: 'outlets',
          id,
          depth: 0,
          select: { name: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        .then((outlet) => outlet?.name ?? null)
        .catch(() => null),
    )
  const name = await cache.get(String(id))
  return outletDisplayName({ outlet: { name }, outletOther: ref.outletOther }, language)
}

export const outletLabelField = (label: { vi: string; en: string }): TextField => ({
  name: 'outletLabel',
  type: 'text',
  virtual: true,
  label,
  // In the form only for an outlet the applicant typed; the lists show it for every request.
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => !data?.outlet && Boolean(data?.outletOther),
  },
  hooks: { afterRead: [afterRead] },
})
