import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** The pool gallery (issue 14, poolphotos): one new table and the admin's lock column for it. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pool_photos\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`session_id\` integer NOT NULL,
  	\`event_id\` integer,
  	\`journalist_id\` integer,
  	\`pass_id\` integer,
  	\`credit\` text,
  	\`caption\` text,
  	\`released\` integer DEFAULT false,
  	\`released_at\` text,
  	\`released_media_id\` integer,
  	\`gallery_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_preview_url\` text,
  	\`sizes_preview_width\` numeric,
  	\`sizes_preview_height\` numeric,
  	\`sizes_preview_mime_type\` text,
  	\`sizes_preview_filesize\` numeric,
  	\`sizes_preview_filename\` text,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pass_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`released_media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`gallery_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pool_photos_session_idx\` ON \`pool_photos\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_event_idx\` ON \`pool_photos\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_journalist_idx\` ON \`pool_photos\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_pass_idx\` ON \`pool_photos\` (\`pass_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_released_idx\` ON \`pool_photos\` (\`released\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_released_media_idx\` ON \`pool_photos\` (\`released_media_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_gallery_idx\` ON \`pool_photos\` (\`gallery_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_updated_at_idx\` ON \`pool_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_created_at_idx\` ON \`pool_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pool_photos_filename_idx\` ON \`pool_photos\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`pool_photos\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_sizes_preview_sizes_preview_filename_idx\` ON \`pool_photos\` (\`sizes_preview_filename\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pool_photos_id\` integer REFERENCES pool_photos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pool_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`pool_photos_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_pool_photos_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`pool_photos_id\`;`)
  await db.run(sql`DROP TABLE \`pool_photos\`;`)
}
