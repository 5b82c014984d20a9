import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillProfile } from '../backfill/profile'

/**
 * Returning journalists: press accounts keep a profile and applicant files their date (new
 * fields need no schema change on MongoDB; Mongoose builds the data-requests collection and its
 * indexes), filled for existing accounts from their own application.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const result = await backfillProfile({ payload, req })
  payload.logger.info(`Profiles filled: ${result.profiles}; files dated: ${result.files}`)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('Profiles stay: they were filled from applications that still exist.')
}
