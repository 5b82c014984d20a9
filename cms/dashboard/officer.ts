import type { PayloadRequest } from 'payload'

import { type DoorFigures, doorFigures } from '~/cms/dashboard/door'
import { QUOTA_FIELD } from '~/cms/accreditation/quotaPlace'
import type { PressRole } from '~/cms/lib/accreditation/quota'
import { STATUSES, type Status } from '~/cms/lib/accreditation/statusFlow'
import { type Condition, listHref, whereOf } from '~/cms/lib/dashboard/links'
import { quotaInUse, type QuotaUse } from '~/cms/lib/dashboard/figures'
import { localDate } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'

/** A number and the admin list that holds exactly the rows it counts. */
export type Figure = { count: number; href: string }

type Slug = 'accreditation-requests' | 'passes' | 'check-ins'

/** Counts with the caller's access: the figure and its link come from one list of conditions. */
async function figure(req: PayloadRequest, collection: Slug, conditions: Condition[]) {
  const { totalDocs } = await req.payload.count({
    collection,
    where: whereOf(conditions) as never,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { count: totalDocs, href: listHref(collection, conditions) }
}

const WAITING: Status[] = ['submitted', 'in-review']
const VETTING = ['pending', 'cleared', 'flagged'] as const

export type OfficerFigures = {
  byStatus: (Figure & { status: Status })[]
  all: Figure
  oldestWaiting: {
    referenceCode: string | null
    fullName: string
    createdAt: string
    href: string
    listHref: string
  } | null
  needsInformation: Figure & { oldestAskedAt: string | null }
  quota: (QuotaUse & { href: string })[]
  vetting: (Figure & { result: (typeof VETTING)[number] })[]
  passes: { active: Figure; revoked: Figure }
  admissionsToday: (Figure & { zone: string })[]
  refusedToday: Figure
  /** Today's door (counts per list and hour, see doorFigures): the chart and its table. */
  door: DoorFigures
  today: string
}

/**
 * The accreditation desk's figures for one event, read with the officer's own access. Counts are
 * `count` queries; the quota reads the approved requests' outlet and role (one narrow query) and
 * the outlets they name (one more); today's door, doorFigures (one
 * narrow query, shared with the check-in lead's dashboard).
 */
export async function officerFigures(
  req: PayloadRequest,
  event: Event,
  at: Date,
): Promise<OfficerFigures> {
  const ofEvent: Condition = { field: 'event', op: 'equals', value: event.id }
  const today = localDate(at)
  const asCaller = { overrideAccess: false, user: req.user, req } as const

  const [byStatus, all, oldest, oldestAsked, vetting, active, revoked, approved, door] =
    await Promise.all([
      Promise.all(
        STATUSES.map(async (status) => ({
          status,
          ...(await figure(req, 'accreditation-requests', [
            ofEvent,
            { field: 'status', op: 'equals', value: status },
          ])),
        })),
      ),
      figure(req, 'accreditation-requests', [ofEvent]),
      req.payload.find({
        collection: 'accreditation-requests',
        where: whereOf([ofEvent, { field: 'status', op: 'in', value: WAITING }]) as never,
        sort: 'createdAt',
        limit: 1,
        pagination: false,
        depth: 0,
        select: { referenceCode: true, fullName: true, createdAt: true },
        ...asCaller,
      }),
      req.payload.find({
        collection: 'accreditation-requests',
        where: whereOf([
          ofEvent,
          { field: 'status', op: 'equals', value: 'needs-information' },
        ]) as never,
        sort: 'updatedAt',
        limit: 1,
        pagination: false,
        depth: 0,
        select: { updatedAt: true },
        ...asCaller,
      }),
      Promise.all(
        VETTING.map(async (result) => ({
          result,
          ...(await figure(req, 'accreditation-requests', [
            ofEvent,
            { field: 'status', op: 'not_equals', value: 'withdrawn' },
            { field: 'vetting.result', op: 'equals', value: result },
          ])),
        })),
      ),
      figure(req, 'passes', [ofEvent, { field: 'status', op: 'equals', value: 'active' }]),
      figure(req, 'passes', [ofEvent, { field: 'status', op: 'equals', value: 'revoked' }]),
      req.payload.find({
        collection: 'accreditation-requests',
        where: whereOf([ofEvent, { field: 'status', op: 'equals', value: 'approved' }]) as never,
        pagination: false,
        depth: 0,
        select: { outlet: true, role: true },
        ...asCaller,
      }),
      doorFigures(req, { event: event.id, day: today, zones: (event.zones ?? []) as string[] }),
    ])

  const outletIds = [
    ...new Set(
      approved.docs
        .map((doc) => (typeof doc.outlet === 'object' ? doc.outlet?.id : doc.outlet))
        .filter((id): id is number => id != null),
    ),
  ]
  const outlets = outletIds.length
    ? (
        await req.payload.find({
          collection: 'outlets',
          where: { id: { in: outletIds } },
          pagination: false,
          depth: 0,
          select: { name: true, quotas: true },
          ...asCaller,
        })
      ).docs
    : []
  const outletMap = new Map(
    outlets.map((outlet) => [
      String(outlet.id),
      {
        name: outlet.name,
        ownQuota: (role: PressRole) => outlet.quotas?.[QUOTA_FIELD[role]] ?? 0,
      },
    ]),
  )
  const quota = quotaInUse(approved.docs, outletMap, event.quotas).map((row) => ({
    ...row,
    href: listHref('accreditation-requests', [
      ofEvent,
      { field: 'outlet', op: 'equals', value: row.outletId },
      { field: 'role', op: 'equals', value: row.role },
      { field: 'status', op: 'equals', value: 'approved' },
    ]),
  }))

  const ofToday: Condition[] = [ofEvent, { field: 'day', op: 'equals', value: today }]
  const admissionsToday = door.lists.map((row) => ({
    zone: row.zone,
    count: row.admitted,
    href: listHref('check-ins', [
      ...ofToday,
      { field: 'zone', op: 'equals', value: row.zone },
      { field: 'verdict', op: 'equals', value: 'valid' },
    ]),
  }))

  const first = oldest.docs[0]
  const needs = byStatus.find((row) => row.status === 'needs-information')!
  return {
    byStatus,
    all,
    oldestWaiting: first
      ? {
          referenceCode: first.referenceCode ?? null,
          fullName: first.fullName,
          createdAt: first.createdAt,
          href: `/admin/collections/accreditation-requests/${first.id}`,
          listHref: listHref(
            'accreditation-requests',
            [ofEvent, { field: 'status', op: 'in', value: WAITING }],
            { sort: 'createdAt' },
          ),
        }
      : null,
    needsInformation: {
      count: needs.count,
      href: needs.href,
      oldestAskedAt: oldestAsked.docs[0]?.updatedAt ?? null,
    },
    quota,
    vetting,
    passes: { active, revoked },
    admissionsToday,
    refusedToday: {
      count: door.refused,
      href: listHref('check-ins', [
        ...ofToday,
        { field: 'verdict', op: 'not_equals', value: 'valid' },
      ]),
    },
    door,
    today,
  }
}
