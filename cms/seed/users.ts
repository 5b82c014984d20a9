import type { StaffRole } from '../lib/roles'

/** Demo accounts, one per staff role. Plain data: the start script and the tests import it. */
export const DEMO_PASSWORD = 'demo-password-2025'

/** The demo journalist whose request the seed approves: signs into the press area with the same password. */
export const DEMO_JOURNALIST_EMAIL = 'demo.journalist@example.vn'

export type DemoStaffMember = {
  name: string
  email: string
  password: string
  roles: StaffRole[]
}

export const DEMO_STAFF: readonly DemoStaffMember[] = [
  {
    name: 'Nguyễn Thị Thu Hà',
    email: 'admin@congress.local',
    password: DEMO_PASSWORD,
    roles: ['admin'],
  },
  {
    name: 'Trần Minh Khoa',
    email: 'editor@congress.local',
    password: DEMO_PASSWORD,
    roles: ['editor'],
  },
  {
    name: 'Lê Hoàng Phúc',
    email: 'officer@congress.local',
    password: DEMO_PASSWORD,
    roles: ['accreditation-officer'],
  },
  {
    name: 'Phạm Ngọc Lan',
    email: 'checkin@congress.local',
    password: DEMO_PASSWORD,
    roles: ['checkin-staff'],
  },
]
