'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { useAdminLanguage } from './useAdminLanguage'
import { roleLabels } from '~/cms/lib/labels'
import { POOL_QUOTA_FIELDS } from '~/cms/pool/quotaFields'

const QUOTAS = POOL_QUOTA_FIELDS.map(({ role, name }) => ({ name, label: roleLabels[role] }))
const ROLE_LABELS: Record<string, { vi: string; en: string }> = roleLabels

type Member = {
  id: number | string
  role?: string | null
  turn?: number | null
  outlet?: { name?: string } | number | null
  pass?: { passNumber?: string; request?: { fullName?: string } | number } | number
}

const T = {
  title: { vi: 'Nhóm phóng viên đại diện', en: 'Press pool' },
  quotas: { vi: 'Số suất theo vai trò', en: 'Quotas per role' },
  name: { vi: 'Chọn nhóm đại diện', en: 'Name the pool' },
  saveQuotas: { vi: 'Lưu số suất', en: 'Save quotas' },
  force: {
    vi: 'Buộc thay đổi khi phiên đã bắt đầu (chỉ quản trị viên)',
    en: 'Force a change after the session has started (admins only)',
  },
  help: {
    vi: 'Luân phiên giữa các cơ quan báo chí: cơ quan có ít lượt hơn trong sự kiện được chọn trước; mỗi cơ quan tối đa một người mỗi vai trò khi còn cơ quan khác chờ. Chọn lại sẽ thay nhóm cũ; người mới được báo qua thư điện tử.',
    en: 'Rotation among outlets: those with fewer pool turns in this event go first; one person per outlet and role while others wait. Naming again replaces the pool; newcomers are e-mailed.',
  },
  members: { vi: 'Thành viên', en: 'Members' },
  none: { vi: 'Chưa có ai trong nhóm.', en: 'No one in the pool yet.' },
  pass: { vi: 'Thẻ', en: 'Pass' },
  person: { vi: 'Họ tên', en: 'Name' },
  outlet: { vi: 'Cơ quan báo chí', en: 'Outlet' },
  role: { vi: 'Vai trò', en: 'Role' },
  turn: { vi: 'Lượt', en: 'Turn' },
  remove: { vi: 'Bỏ khỏi nhóm', en: 'Remove' },
  add: { vi: 'Thêm thẻ (số thẻ)', en: 'Add a pass (pass number)' },
  addButton: { vi: 'Thêm vào nhóm', en: 'Add to the pool' },
  list: { vi: 'Mở danh sách nhóm đại diện', en: 'Open the pool list' },
  unsaved: { vi: 'Hãy lưu phiên trước.', en: 'Save the session first.' },
}

/**
 * On a pool-only session's edit view: its quotas per role, "Name the pool" (the namePool
 * operation through POST /api/pool-members/name), the pool's members with a remove button each,
 * and a pass number to add by hand. Every rule is the operation's; this only calls it.
 */
export function PoolPanel() {
  const { id } = useDocumentInfo()
  const { pick } = useAdminLanguage()
  const [quotas, setQuotas] = useState<Record<string, string>>({})
  const [members, setMembers] = useState<Member[]>([])
  const [force, setForce] = useState(false)
  const [passNumber, setPassNumber] = useState('')
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  // Nothing can be typed before the stored quotas arrive: they would overwrite it.
  const [loaded, setLoaded] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const [session, pool] = await Promise.all([
      fetch(`/api/sessions/${id}?depth=0`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`/api/pool-members?where[session][equals]=${id}&depth=2&limit=500&sort=id`, {
        credentials: 'include',
      }).then((r) => (r.ok ? r.json() : { docs: [] })),
    ])
    const stored = (session?.poolQuotas ?? {}) as Record<string, number | null>
    setQuotas(
      Object.fromEntries(
        QUOTAS.map(({ name }) => [name, stored[name] == null ? '' : String(stored[name])]),
      ),
    )
    setMembers((pool?.docs ?? []) as Member[])
    setLoaded(true)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p>{pick(T.unsaved)}</p>

  async function call(path: string, body: object) {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/pool-members/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, force }),
      })
      const result = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
      }
      // A field refusal (ValidationError) carries its sentence at the field: production hides
      // the error's own message.
      const refusal = result.errors?.[0]
      setMessage({
        text:
          refusal?.data?.errors?.[0]?.message ??
          refusal?.message ??
          result.message ??
          String(response.status),
        ok: response.ok,
      })
      if (response.ok) await load()
    } finally {
      setBusy(false)
    }
  }

  const cell = { padding: '0.25rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' }
  return (
    <section className="pool-panel" style={{ margin: '1.5rem 0' }} aria-label={pick(T.title)}>
      <h3>{pick(T.title)}</h3>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{pick(T.help)}</p>
      <fieldset style={{ border: 0, padding: 0, display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <legend style={{ fontWeight: 600 }}>{pick(T.quotas)}</legend>
        {QUOTAS.map(({ name, label }) => (
          <label key={name} style={{ display: 'flex', flexDirection: 'column' }}>
            {pick(label)}
            <input
              name={`pool-quota-${name}`}
              type="number"
              min={0}
              step={1}
              disabled={!loaded}
              value={quotas[name] ?? ''}
              onChange={(event) => setQuotas({ ...quotas, [name]: event.target.value })}
              style={{ width: '7rem' }}
            />
          </label>
        ))}
      </fieldset>
      <label style={{ display: 'block', margin: '0.5rem 0' }}>
        <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{' '}
        {pick(T.force)}
      </label>
      <p style={{ display: 'flex', gap: '0.5rem' }}>
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={busy || !loaded}
          onClick={() => call('name', { session: id, quotas })}
        >
          {pick(T.name)}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy || !loaded}
          onClick={() => call('quotas', { session: id, quotas })}
        >
          {pick(T.saveQuotas)}
        </button>
      </p>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} style={{ fontWeight: 600 }}>
          {message.text}
        </p>
      ) : null}
      <h4>
        {pick(T.members)} ({members.length})
      </h4>
      {members.length === 0 ? (
        <p>{pick(T.none)}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {[T.pass, T.person, T.outlet, T.role, T.turn].map((h) => (
                <th key={h.en} style={{ ...cell, textAlign: 'left' }}>
                  {pick(h)}
                </th>
              ))}
              <th style={cell} />
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const pass = typeof member.pass === 'object' ? member.pass : undefined
              const request = typeof pass?.request === 'object' ? pass.request : undefined
              const outlet = typeof member.outlet === 'object' ? member.outlet : undefined
              return (
                <tr key={member.id}>
                  <td style={cell}>{pass?.passNumber ?? '—'}</td>
                  <td style={cell}>{request?.fullName ?? '—'}</td>
                  <td style={cell}>{outlet?.name ?? '—'}</td>
                  <td style={cell}>
                    {member.role ? pick(ROLE_LABELS[member.role] ?? T.role) : '—'}
                  </td>
                  <td style={cell}>{member.turn ?? '—'}</td>
                  <td style={cell}>
                    <button
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      style={{ margin: 0 }}
                      disabled={busy || !loaded}
                      onClick={() => call(`${member.id}/remove`, {})}
                    >
                      {pick(T.remove)}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', marginTop: '1rem' }}>
        <label style={{ display: 'flex', flexDirection: 'column' }}>
          {pick(T.add)}
          <input
            name="pool-add-pass"
            value={passNumber}
            onChange={(e) => setPassNumber(e.target.value)}
            placeholder="HB-0001"
          />
        </label>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          disabled={busy || !passNumber.trim()}
          onClick={() => call('add', { session: id, pass: passNumber })}
        >
          {pick(T.addButton)}
        </button>
      </p>
      <p>
        <a href={`/admin/collections/pool-members?where[session][equals]=${id}`}>{pick(T.list)}</a>
      </p>
    </section>
  )
}
