import { dashboardLabel } from '~/cms/lib/dashboard/labels'

type Release = { title: string; href: string } & Record<string, unknown>

const shown = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : null

/**
 * The distribution state of the latest release, read from its `distribution` field when releases
 * have one (release e-mails add it); without that field this section is not rendered at all.
 * Small and separate on purpose: it reads whatever the field holds (a state, or counts).
 */
export function ReleaseDistribution({
  release,
  language,
}: {
  release: Release | null
  language: string
}) {
  const distribution = release?.distribution
  if (!release || distribution === undefined || distribution === null) return null
  const entries =
    typeof distribution === 'object'
      ? Object.entries(distribution as Record<string, unknown>)
          .map(([key, value]) => [key, shown(value)] as const)
          .filter((entry): entry is readonly [string, string] => entry[1] !== null)
      : [['state', shown(distribution) ?? ''] as const]
  return (
    <section className="dash-card" data-testid="release-distribution">
      <h3>{dashboardLabel(language, 'distribution')}</h3>
      <p>
        <a href={release.href}>{release.title}</a>
      </p>
      <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.25rem 1rem' }}>
        {entries.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{key}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
