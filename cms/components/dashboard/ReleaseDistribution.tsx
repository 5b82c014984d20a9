import { dashboardLabel } from '~/cms/lib/dashboard/labels'
import {
  DISTRIBUTION_STATES,
  type DistributionState,
  distributionLabels,
} from '~/cms/lib/distribution/distributionRules'

type Release = { title: string; href: string } & Record<string, unknown>

const isState = (value: unknown): value is DistributionState =>
  DISTRIBUTION_STATES.includes(value as DistributionState)

/**
 * The distribution state of the latest release (its computed `distribution` field: not sent,
 * sending, sent, partly failed), linking to the release, whose sidebar holds the delivery log.
 */
export function ReleaseDistribution({
  release,
  language,
}: {
  release: Release | null
  language: string
}) {
  if (!release || !isState(release.distribution)) return null
  const label = distributionLabels[release.distribution][language === 'en' ? 'en' : 'vi']
  return (
    <section className="dash-card" data-testid="release-distribution">
      <h3>{dashboardLabel(language, 'distribution')}</h3>
      <p>
        <a href={release.href}>{release.title}</a>
      </p>
      <p data-state={release.distribution}>
        <strong>{label}</strong>
      </p>
    </section>
  )
}
