import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

const QUOTA_COLUMNS = [
  'pool_quotas_reporter',
  'pool_quotas_photographer',
  'pool_quotas_camera_operator',
  'pool_quotas_technician',
] as const

/**
 * The press pool's quotas per role on a pool-only session (issue 14, "the pool"): four nullable
 * columns, no table rebuilt. Also called by the events migration before its backfills (they read
 * sessions through the current config), hence it does nothing when the columns are there.
 */
export async function addPoolSchema(db: Db): Promise<void> {
  const columns = (await db.all(sql`PRAGMA table_info(\`sessions\`)`)) as { name: string }[]
  const have = new Set(columns.map((column) => column.name))
  for (const column of QUOTA_COLUMNS)
    if (!have.has(column)) await db.run(sql.raw(`ALTER TABLE \`sessions\` ADD \`${column}\` numeric;`))
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await addPoolSchema(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const column of QUOTA_COLUMNS)
    await db.run(sql.raw(`ALTER TABLE \`sessions\` DROP COLUMN \`${column}\`;`))
}
