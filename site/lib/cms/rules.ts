import type { Locale } from '../i18n/locales'
import { cached } from './cache'
import { getPressRules, type PressRulesView } from './content'
import { payloadClient } from './payload'
import { richTextToHtml } from './richText'

export type RulesVersionLink = { version: string; effectiveFrom: string }

const asVisitor = { overrideAccess: false, user: null } as const

/**
 * Every version of the press rules ever published, newest first, one entry per version label
 * (its last saved text). Older versions stay readable: journalists accepted them.
 */
export function listPressRulesVersions(locale: Locale): Promise<RulesVersionLink[]> {
  return cached(`rules:versions:${locale}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.findGlobalVersions({
      slug: 'press-rules',
      locale,
      sort: '-updatedAt',
      limit: 100,
      depth: 0,
      ...asVisitor,
    })
    const seen = new Map<string, RulesVersionLink>()
    for (const doc of docs) {
      const { version, effectiveFrom } = doc.version
      if (version && !seen.has(version)) seen.set(version, { version, effectiveFrom })
    }
    return [...seen.values()]
  })
}

/** The text of the rules as they stood under one version label, or null for an unknown label. */
export function getPressRulesVersion(
  locale: Locale,
  version: string,
): Promise<PressRulesView | null> {
  if (!/^[\w.-]{1,20}$/.test(version)) return Promise.resolve(null)
  return cached(`rules:version:${locale}:${version}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.findGlobalVersions({
      slug: 'press-rules',
      locale,
      where: { 'version.version': { equals: version } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      ...asVisitor,
    })
    const rules = docs[0]?.version
    if (!rules?.version) return null
    return {
      title: rules.title,
      version: rules.version,
      effectiveFrom: rules.effectiveFrom,
      bodyHtml: richTextToHtml(rules.body),
    }
  })
}

/**
 * The rules in force for an event: the version it names (`pressRulesVersion`), else, when it names
 * none or an unknown one, the current text.
 */
export async function getRulesInForce(
  locale: Locale,
  version: string | null | undefined,
): Promise<PressRulesView | null> {
  const named = version ? await getPressRulesVersion(locale, version) : null
  return named ?? getPressRules(locale)
}
