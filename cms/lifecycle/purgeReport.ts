import type { PurgeResult } from './purge'

/** The deletion report in words, for the data protection officer (the JSON beside it has the same facts). */
export function purgeReport(result: PurgeResult): string[] {
  const list = (items: string[]) => (items.length ? items.map((item) => `- ${item}`) : ['- none'])
  return [
    `# Retention purge ${result.applied ? '' : '(dry run: nothing was deleted)'}`.trim(),
    '',
    `Run at ${result.ranAt}. Each application's documents are counted from its own event's end.`,
    `Periods: documents ${result.policy.documentsDaysAfterEvent} days after the event, rejected/withdrawn applications ${result.policy.closedApplicationsDays} days after closing, check-ins ${result.policy.checkInsDaysAfterEvent} days after the event; profiles not kept by consent ${result.policy.documentsDaysAfterEvent} days after the journalist's last event.`,
    '',
    '## Events',
    ...list(
      result.events.map(
        (e) => `${e.name}: ends ${e.endsAt ?? 'not set'}, documents due ${e.documentsDueAt ?? '-'}`,
      ),
    ),
    '',
    `## Portraits and letters ${result.applied ? 'deleted' : 'due'} (${result.documentsDeleted.length} applications)`,
    ...list(result.documentsDeleted.map((d) => `${d.referenceCode}: ${d.files.join(', ')}`)),
    '',
    `## Applications ${result.applied ? 'erased' : 'due for erasure'} (${result.applicationsErased.length})`,
    ...list(
      result.applicationsErased.map(
        (a) => `${a.referenceCode} (${a.status} since ${a.closedAt ?? '?'})`,
      ),
    ),
    '',
    `## Check-in logs: ${result.checkInsDeleted} ${result.applied ? 'deleted' : 'due'}${result.checkInsBefore ? ` (scanned before ${result.checkInsBefore})` : ''}`,
    '',
    `## Profiles cleared (no consent to keep them): ${result.profilesCleared} ${result.applied ? 'cleared' : 'due'}`,
    '',
    `## Files left by interrupted applications (no row names them): ${result.orphanFilesDeleted} ${result.applied ? 'deleted' : 'due'}`,
  ]
}
