import type { Payload, PayloadRequest } from 'payload'

import type { Event } from '~/cms/payload-types'

type SeedOptions = { req: PayloadRequest; overrideAccess: true; context: { seeding: true } }

/**
 * The demo congress's 68 delegations (facts: /work/shared/congress-facts.md): the Party
 * committees of the merged province's communes and wards, and four of its provincial bodies.
 * Places and people are invented for the demo; contacts use example.vn addresses.
 */
const PLACES = [
  'phường An Xuyên',
  'phường Lý Văn Lâm',
  'phường Tân Thành',
  'phường Hòa Thành',
  'phường Bạc Liêu',
  'phường Vĩnh Trạch',
  'phường Hiệp Thành',
  'phường Giá Rai',
  'phường Láng Tròn',
  'xã Năm Căn',
  'xã Đất Mũi',
  'xã Tam Giang',
  'xã Tân Ân',
  'xã Phan Ngọc Hiển',
  'xã Đầm Dơi',
  'xã Tạ An Khương',
  'xã Trần Phán',
  'xã Quách Phẩm',
  'xã Thanh Tùng',
  'xã Cái Nước',
  'xã Lương Thế Trân',
  'xã Hưng Mỹ',
  'xã Tân Hưng',
  'xã Phú Tân',
  'xã Cái Đôi Vàm',
  'xã Nguyễn Việt Khái',
  'xã Trần Văn Thời',
  'xã Sông Đốc',
  'xã Khánh Bình',
  'xã Đá Bạc',
  'xã Khánh Hưng',
  'xã U Minh',
  'xã Khánh Lâm',
  'xã Nguyễn Phích',
  'xã Khánh An',
  'xã Thới Bình',
  'xã Biển Bạch',
  'xã Trí Phải',
  'xã Tân Lộc',
  'xã Hồ Thị Kỷ',
  'xã Lý Văn Lâm',
  'xã Tắc Vân',
  'xã Hồng Dân',
  'xã Ninh Quới',
  'xã Ninh Thạnh Lợi',
  'xã Vĩnh Lộc',
  'xã Phước Long',
  'xã Vĩnh Phước',
  'xã Phong Hiệp',
  'xã Vĩnh Thanh',
  'xã Vĩnh Lợi',
  'xã Châu Thới',
  'xã Hưng Hội',
  'xã Hòa Bình',
  'xã Vĩnh Mỹ',
  'xã Vĩnh Hậu',
  'xã Đông Hải',
  'xã Long Điền',
  'xã Điền Hải',
  'xã An Trạch',
  'xã Gành Hào',
  'xã Phong Thạnh',
  'xã Định Thành',
  'xã Hồ Thị Kỷ Bắc',
] as const
const BODIES = [
  ['Đảng bộ các cơ quan Đảng tỉnh', 'the Provincial Party Agencies'],
  ['Đảng bộ Ủy ban nhân dân tỉnh', 'the Provincial People’s Committee'],
  ['Đảng bộ Quân sự tỉnh', 'the Provincial Military Command'],
  ['Đảng bộ Công an tỉnh', 'the Provincial Police'],
] as const
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Dương', 'Lâm', 'Tô']
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hoàng', 'Thanh', 'Ngọc', 'Quốc']
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Khoa',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quyên',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Vy',
]

const personName = (n: number): string =>
  `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n * 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`

const english = (place: string): string =>
  place.startsWith('phường ') ? `${place.slice(7)} Ward` : `${place.slice(3)} Commune`

export type DemoDelegation = {
  number: number
  name: string
  nameEn: string
  contactName: string
  contactEmail: string
  contactPhone: string
  delegates: { name: string; position: string }[]
}

/** The 68 delegations, numbered 1–68: the 64 communes and wards first, then the provincial bodies. */
export function demoDelegations(): DemoDelegation[] {
  const units: [string, string, 'local' | 'body'][] = [
    ...PLACES.map((place) => [place, english(place), 'local'] as [string, string, 'local']),
    ...BODIES.map(
      ([vi, en]) => [vi.replace(/^Đảng bộ /, ''), en, 'body'] as [string, string, 'body'],
    ),
  ]
  return units.map(([unit, unitEn, kind], index) => {
    const number = index + 1
    const code = String(number).padStart(2, '0')
    return {
      number,
      name: `Đoàn đại biểu Đảng bộ ${unit}`,
      nameEn: `Delegation of the Party Committee of ${unitEn}`,
      contactName: personName(number),
      contactEmail: `doan${code}@example.vn`,
      contactPhone: `+84 290 38${code} ${String(100 + number * 7).slice(-3)}`,
      delegates:
        kind === 'local'
          ? [
              { name: personName(number + 101), position: `Bí thư Đảng ủy ${unit}` },
              { name: personName(number + 202), position: `Chủ tịch UBND ${unit}` },
            ]
          : [{ name: personName(number + 303), position: 'Trưởng đoàn' }],
    }
  })
}

/** Seeds the congress's delegations in the seed's one transaction (about 70 inserts, well under a second). */
export async function seedDelegations(
  payload: Payload,
  options: SeedOptions,
  congress: Pick<Event, 'id'>,
): Promise<void> {
  const started = Date.now()
  const delegations = demoDelegations()
  for (const delegation of delegations)
    await payload.create({
      collection: 'delegations',
      data: { ...delegation, event: congress.id },
      depth: 0,
      ...options,
    })
  payload.logger.info(
    `Seed: created the congress's ${delegations.length} delegations in ${Date.now() - started} ms`,
  )
}
