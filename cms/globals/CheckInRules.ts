import type { GlobalConfig } from 'payload'

import { ZONES } from '../lib/passes/zones'
import { canHandleAccreditation, canReadCheckInRules } from '../lib/roles'
import { forgetCheckInRules } from '../checkin/checkInRules'
import { optionsOf, zoneLabels } from '../lib/labels'

/**
 * How the check-in lists (one per day and zone, pretix-style) treat a second scan of the same pass:
 * refused as "already checked in", or admitted again (re-entry) for the zones listed here.
 */
export const CheckInRules: GlobalConfig<'check-in-rules'> = {
  slug: 'check-in-rules',
  label: { vi: 'Quy tắc kiểm soát ra vào', en: 'Check-in rules' },
  access: {
    read: ({ req }) => canReadCheckInRules(req.user),
    update: ({ req }) => canHandleAccreditation(req.user),
  },
  admin: { group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' } },
  hooks: { afterChange: [forgetCheckInRules] },
  fields: [
    {
      name: 'reentryZones',
      type: 'select',
      hasMany: true,
      options: optionsOf(ZONES, zoneLabels),
      label: {
        vi: 'Khu vực cho phép vào lại trong ngày',
        en: 'Zones that allow re-entry the same day',
      },
      admin: {
        description: {
          vi: 'Ở các khu vực này, thẻ đã quét vẫn được vào lại (ghi là lượt vào lại). Ở khu vực khác, lần quét thứ hai trong ngày bị từ chối: "đã vào rồi".',
          en: 'In these zones a pass already scanned today is admitted again (logged as a re-entry). Elsewhere a second scan the same day is refused as "already checked in".',
        },
      },
    },
  ],
}
