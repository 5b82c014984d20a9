import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  canEditContent,
  canReadDoorFigures,
  canUseAdminPanel,
  hasRole,
  isStaff,
} from '~/cms/lib/roles'

describe('staff roles', () => {
  it('lets admins, editors, accreditation officers and check-in staff into the admin panel', () => {
    assert.equal(canUseAdminPanel({ roles: ['admin'] }), true)
    assert.equal(canUseAdminPanel({ roles: ['editor'] }), true)
    assert.equal(canUseAdminPanel({ roles: ['accreditation-officer'] }), true)
    assert.equal(canUseAdminPanel({ roles: ['checkin-staff'] }), true)
  })

  it('keeps role-less accounts, press accounts and visitors out of the admin panel', () => {
    assert.equal(canUseAdminPanel({ roles: ['checkin-staff'], collection: 'journalists' }), false)
    assert.equal(canUseAdminPanel({ roles: [] }), false)
    assert.equal(canUseAdminPanel(null), false)
    assert.equal(canUseAdminPanel({ roles: ['journalist'] }), false)
  })

  it('shows the door figures to the door and the press office, not to editors', () => {
    assert.equal(canReadDoorFigures({ roles: ['checkin-staff'] }), true)
    assert.equal(canReadDoorFigures({ roles: ['accreditation-officer'] }), true)
    assert.equal(canReadDoorFigures({ roles: ['admin'] }), true)
    assert.equal(canReadDoorFigures({ roles: ['editor'] }), false)
    assert.equal(canReadDoorFigures(null), false)
  })

  it('gives content rights to editors and admins only', () => {
    assert.equal(canEditContent({ roles: ['editor'] }), true)
    assert.equal(canEditContent({ roles: ['admin'] }), true)
    assert.equal(canEditContent({ roles: ['accreditation-officer'] }), false)
    assert.equal(canEditContent(undefined), false)
  })

  it('counts any staff role as staff, and nothing else', () => {
    assert.equal(isStaff({ roles: ['checkin-staff'] }), true)
    assert.equal(isStaff({ roles: null }), false)
    assert.equal(hasRole({ roles: ['editor', 'checkin-staff'] }, 'admin', 'checkin-staff'), true)
  })
})
