import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB needs no table migrations: collections and indexes follow the Payload config.
 * This baseline marks the schema of the first release; later data migrations follow it here,
 * separate from SQLite's, because the two databases change in different ways.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  payload.logger.info('MongoDB baseline: indexes are created by the adapter at start-up.')
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('MongoDB baseline: nothing to undo.')
}
