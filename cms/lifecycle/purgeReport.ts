import type { PurgeResult } from './purge'

/** The deletion report in words, for the data protection officer (the JSON beside it has the same facts). */
export function purgeReport(result: PurgeResult): string[] {
  const list = (items: string[]) => (items.length ? items.map((item) => `- ${item}`) : ['- none'])
  return [
    `# Retention purge ${result.applied ? '' : '(dry run: nothing was deleted)'}`.trim(),
    '',
    `Run at ${result.ranAt}. Congress ends ${result.eventEnds ?? 'not set'}; documents due from ${result.documentsDueAt ?? 'not set'}.`,
    `Periods: documents ${result.policy.documentsDaysAfterEvent} days after the congress, rejected/withdrawn applications ${result.policy.closedApplicationsDays} days after closing, check-ins ${result.policy.checkInsDaysAfterEvent} days after the congress.`,
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
    `## Files left by interrupted applications (no row names them): ${result.orphanFilesDeleted} ${result.applied ? 'deleted' : 'due'}`,
  ]
}
