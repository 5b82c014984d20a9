import type { StaffRole } from '../lib/roles'

/** Demo accounts, one per staff role. Plain data: the start script and the tests import it. */
export const DEMO_PASSWORD = 'demo-password-2025'

export type DemoStaffMember = {
  name: string
  email: string
  password: string
  roles: StaffRole[]
}

export const DEMO_STAFF: readonly DemoStaffMember[] = [
  { name: 'Nguyễn Thị Thu Hà', email: 'admin@congress.local', password: DEMO_PASSWORD, roles: ['admin'] },
  { name: 'Trần Minh Khoa', email: 'editor@congress.local', password: DEMO_PASSWORD, roles: ['editor'] },
  {
    name: 'Lê Hoàng Phúc',
    email: 'officer@congress.local',
    password: DEMO_PASSWORD,
    roles: ['accreditation-officer'],
  },
  { name: 'Phạm Ngọc Lan', email: 'checkin@congress.local', password: DEMO_PASSWORD, roles: ['checkin-staff'] },
]
