import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Interview requests with delegations: two new collections (`delegations`,
 * `interview-requests`) and the outbox's `attachments` field. MongoDB makes collections and their
 * indexes from the config on connect: nothing to write, no data to backfill.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  payload.logger.info(
    'interviews: new collections delegations and interview-requests (no data to move)',
  )
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
