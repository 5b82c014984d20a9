import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { canEditContent, canUseAdminPanel, hasRole, isStaff } from '~/cms/lib/roles'

describe('staff roles', () => {
  it('lets admins, editors and accreditation officers into the admin panel', () => {
    assert.equal(canUseAdminPanel({ roles: ['admin'] }), true)
    assert.equal(canUseAdminPanel({ roles: ['editor'] }), true)
    assert.equal(canUseAdminPanel({ roles: ['accreditation-officer'] }), true)
  })

  it('keeps check-in staff, role-less accounts and visitors out of the admin panel', () => {
    assert.equal(canUseAdminPanel({ roles: ['checkin-staff'] }), false)
    assert.equal(canUseAdminPanel({ roles: [] }), false)
    assert.equal(canUseAdminPanel(null), false)
    assert.equal(canUseAdminPanel({ roles: ['journalist'] }), false)
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
