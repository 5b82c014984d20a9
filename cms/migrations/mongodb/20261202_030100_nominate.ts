import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Outlet nominations: two new collections (`outlet-managers`, `nominations`). MongoDB makes
 * collections and their indexes (the unique manager e-mail, the nominee link hash) from the
 * config on connect: nothing to write, no data to backfill.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  payload.logger.info('nominate: new collections outlet-managers and nominations (no data to move)')
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
