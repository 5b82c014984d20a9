import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { AccessLog } from '~/cms/collections/AccessLog'
import { AccreditationRequests } from '~/cms/collections/AccreditationRequests'
import { ApplicantFiles } from '~/cms/collections/ApplicantFiles'
import { AuditEntries } from '~/cms/collections/AuditEntries'
import { CheckIns } from '~/cms/collections/CheckIns'
import { Counters } from '~/cms/collections/Counters'
import { DataRequests } from '~/cms/collections/DataRequests'
import { Documents } from '~/cms/collections/Documents'
import { EmailMessages } from '~/cms/collections/EmailMessages'
import { Events } from '~/cms/collections/Events'
import { Galleries } from '~/cms/collections/Galleries'
import { Journalists } from '~/cms/collections/Journalists'
import { Media } from '~/cms/collections/Media'
import { News } from '~/cms/collections/News'
import { Nominations } from '~/cms/collections/Nominations'
import { OutletManagers } from '~/cms/collections/OutletManagers'
import { Outlets } from '~/cms/collections/Outlets'
import { Passes } from '~/cms/collections/Passes'
import { PressReleases } from '~/cms/collections/PressReleases'
import { Sessions } from '~/cms/collections/Sessions'
import { Users } from '~/cms/collections/Users'
import { CheckInRules } from '~/cms/globals/CheckInRules'
import { PressRules } from '~/cms/globals/PressRules'
import {
  auditActionLabels,
  labelIn,
  nationalityLabels,
  optionsOf,
  quotaFullFact,
  verdictLabels,
  zoneLabels,
} from '~/cms/lib/labels'
import { VERDICTS } from '~/cms/lib/passes/checkInVerdict'
import { ZONES } from '~/cms/lib/passes/zones'
import { applicationTitle } from '~/cms/lib/titles'
import { messages } from '~/site/lib/i18n/messages'

const COLLECTIONS = [
  AccessLog,
  AccreditationRequests,
  ApplicantFiles,
  AuditEntries,
  CheckIns,
  Counters,
  DataRequests,
  Documents,
  EmailMessages,
  Events,
  Galleries,
  Journalists,
  Media,
  News,
  Nominations,
  OutletManagers,
  Outlets,
  Passes,
  PressReleases,
  Sessions,
  Users,
] as CollectionConfig[]
const GLOBALS = [CheckInRules, PressRules] as GlobalConfig[]

/** A field config read loosely: every kind of field, its options, sub-fields, tabs and blocks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = Record<string, any>

const bilingual = (value: unknown): boolean => {
  const label = value as { vi?: unknown; en?: unknown } | null
  return (
    typeof label === 'object' &&
    label !== null &&
    typeof label.vi === 'string' &&
    typeof label.en === 'string' &&
    label.vi.length > 0 &&
    label.en.length > 0
  )
}

/** Every place of the admin that shows words of the portal, as "slug.path what" for the ones that are not { vi, en }. */
function untranslated(slug: string, fields: Field[], path = ''): string[] {
  const found: string[] = []
  for (const field of fields as unknown as AnyField[]) {
    const here = 'name' in field && field.name ? `${path}.${field.name}` : path
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!bilingual(tab.label)) found.push(`${slug}${here} tab`)
        found.push(...untranslated(slug, tab.fields, here))
      }
      continue
    }
    const shown = field.name && !field.admin?.hidden && field.type !== 'ui'
    if (shown && field.label !== false && !bilingual(field.label))
      found.push(`${slug}${here} label`)
    for (const option of field.options ?? [])
      if (typeof option === 'string' || !bilingual(option.label))
        found.push(`${slug}${here} option ${JSON.stringify(option)}`)
    const description = field.admin?.description
    if (description && typeof description !== 'function' && !bilingual(description))
      found.push(`${slug}${here} description`)
    if (field.fields) found.push(...untranslated(slug, field.fields, here))
    for (const block of field.blocks ?? []) found.push(...untranslated(slug, block.fields, here))
  }
  return found
}

describe('the admin in the office’s language', () => {
  it('names every collection, global, group, field, tab, option and description in vi and en', () => {
    const found: string[] = []
    for (const collection of COLLECTIONS) {
      if (!bilingual(collection.labels?.singular) || !bilingual(collection.labels?.plural))
        found.push(`${collection.slug} labels`)
      const group = collection.admin?.group
      if (group !== undefined && group !== false && !bilingual(group))
        found.push(`${collection.slug} group`)
      found.push(...untranslated(collection.slug, collection.fields))
    }
    for (const global of GLOBALS) {
      if (!bilingual(global.label)) found.push(`${global.slug} label`)
      found.push(...untranslated(global.slug, global.fields))
    }
    assert.deepEqual(found, [])
  })

  it('never shows a raw code as an option: each label differs from its code', () => {
    const raw: string[] = []
    const walk = (slug: string, fields: Field[]) => {
      for (const field of fields as unknown as AnyField[]) {
        if (field.type === 'tabs') for (const tab of field.tabs) walk(slug, tab.fields)
        for (const option of field.options ?? [])
          if (
            typeof option === 'object' &&
            option.label?.en === option.value &&
            /-/.test(option.value)
          )
            raw.push(`${slug}.${field.name}: ${option.value}`)
        if (field.fields) walk(slug, field.fields)
      }
    }
    for (const collection of COLLECTIONS) walk(collection.slug, collection.fields)
    assert.deepEqual(raw, [])
  })

  it('gives every audit action, zone and verdict a label, and reads them in either language', () => {
    const audit = AuditEntries.fields.find((f) => 'name' in f && f.name === 'action') as {
      options: { value: string }[]
    }
    for (const { value } of audit.options) assert.ok(auditActionLabels[value], value)
    assert.equal(labelIn(auditActionLabels, 'status-changed', 'vi'), 'Đổi trạng thái')
    assert.equal(labelIn(auditActionLabels, 'status-changed', 'en'), 'Status changed')
    for (const zone of ZONES) assert.ok(zoneLabels[zone].vi && zoneLabels[zone].en)
    for (const verdict of VERDICTS) assert.ok(verdictLabels[verdict].vi)
    assert.equal(labelIn(zoneLabels, 'press-centre', 'vi'), 'Trung tâm Báo chí')
    assert.equal(labelIn(zoneLabels, 'unheard-of' as string, 'en'), 'unheard-of')
    assert.equal(nationalityLabels.LA.vi, 'Lào')
    assert.equal(nationalityLabels.GB.en, 'United Kingdom')
    assert.deepEqual(optionsOf(['x'] as const, {}), [{ value: 'x', label: { vi: 'x', en: 'x' } }])
  })

  it('keeps one source for the zone names the site shows', () => {
    for (const zone of ZONES) {
      assert.equal(messages.vi[`pass.zone.${zone}`], zoneLabels[zone].vi)
      assert.equal(messages.en[`pass.zone.${zone}`], zoneLabels[zone].en)
    }
  })
})

describe('no "Add new" where nobody may add', () => {
  it('join tables to a collection nobody creates in by hand offer no "Add new"', async () => {
    const closed = new Set<string>()
    for (const collection of COLLECTIONS) {
      const create = collection.access?.create
      if (
        create &&
        (await create({
          req: { user: { id: 1, collection: 'users', roles: ['admin'] }, context: {} },
        } as never)) === false
      )
        closed.add(collection.slug)
    }
    assert.ok(closed.has('audit-entries') && closed.has('check-ins') && closed.has('access-log'))
    const offered: string[] = []
    const walk = (slug: string, fields: unknown[]) => {
      for (const field of fields as AnyField[]) {
        if (field.type === 'tabs') for (const tab of field.tabs) walk(slug, tab.fields)
        if (field.fields) walk(slug, field.fields)
        if (
          field.type === 'join' &&
          closed.has(field.collection) &&
          field.admin?.allowCreate !== false
        )
          offered.push(`${slug}.${field.name} → ${field.collection}`)
      }
    }
    for (const collection of COLLECTIONS) walk(collection.slug, collection.fields)
    assert.deepEqual(offered, [])
  })
})

describe('facts and titles', () => {
  it('says how many of an outlet’s places are used, in both languages', () => {
    const fact = quotaFullFact({ outlet: 'Báo Cà Mau', used: 4, quota: 4, role: 'reporter' })
    assert.match(fact.vi, /^Báo Cà Mau đã dùng 4\/4 suất phóng viên/)
    assert.match(fact.en, /^Báo Cà Mau has used 4 of 4 reporter places/)
  })

  it('names an application by reference and name, whichever is known', () => {
    assert.equal(
      applicationTitle({ referenceCode: 'HD-0007', fullName: ' Nguyễn Văn An ' }),
      'HD-0007 · Nguyễn Văn An',
    )
    assert.equal(applicationTitle({ referenceCode: 'HD-0007', fullName: '' }), 'HD-0007')
    assert.equal(applicationTitle({ fullName: 'Nguyễn Văn An' }), 'Nguyễn Văn An')
  })
})
