import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillApply } from '../backfill/apply'
import { backfillEvents, type LegacyEvent } from '../backfill/events'
import { backfillProfile } from '../backfill/profile'
import { addDeskSchema } from './20261202_070000_desk'
import { addLiveSchema } from './20261202_082839_live'
import { addPoolSchema } from './20261202_085155_pool'

/**
 * The calendar: an `events` collection replaces the single event global, which becomes the first
 * event; every application, pass, admission, session, release, gallery, document and news article
 * belongs to it. Reference numbers are counted per event (no longer unique on their own).
 * In the same step (one release, so the backfills below see the whole schema they are written for):
 * one application per person per event (application key) and the waiting list; returning
 * journalists' profiles, dated applicant files and personal data requests; outlet managers and
 * their nominations.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_zones\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_zones_order_idx\` ON \`events_zones\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_zones_parent_idx\` ON \`events_zones\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_quotas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet_id\` integer,
  	\`role\` text NOT NULL,
  	\`max\` numeric NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_quotas_order_idx\` ON \`events_quotas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_quotas_parent_id_idx\` ON \`events_quotas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_quotas_outlet_idx\` ON \`events_quotas\` (\`outlet_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'other' NOT NULL,
  	\`state\` text DEFAULT 'draft' NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	\`delegates_total\` numeric,
  	\`delegates_ex_officio\` numeric,
  	\`delegates_appointed\` numeric,
  	\`delegates_alternates\` numeric,
  	\`delegates_delegations\` numeric,
  	\`press_contact_email\` text,
  	\`press_contact_phone\` text,
  	\`accreditation_opens_at\` text,
  	\`accreditation_closes_at\` text,
  	\`press_rules_version\` text,
  	\`reference_prefix\` text NOT NULL,
  	\`pass_prefix\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_state_idx\` ON \`events\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`events_start_date_idx\` ON \`events\` (\`start_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_reference_prefix_idx\` ON \`events\` (\`reference_prefix\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_pass_prefix_idx\` ON \`events\` (\`pass_prefix\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`venue\` text,
  	\`city\` text,
  	\`about\` text,
  	\`organiser\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  const legacy = await readLegacyEvent(db)
  await db.run(sql`DROP TABLE \`event\`;`)
  await db.run(sql`DROP TABLE \`event_locales\`;`)
  await db.run(sql`DROP INDEX \`accreditation_requests_reference_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_event_idx\` ON \`accreditation_requests\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_reference_number_idx\` ON \`accreditation_requests\` (\`reference_number\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`news_event_idx\` ON \`news\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_event_idx\` ON \`_news_v\` (\`version_event_id\`);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`press_releases_event_idx\` ON \`press_releases\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_event_idx\` ON \`_press_releases_v\` (\`version_event_id\`);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`galleries_event_idx\` ON \`galleries\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_event_idx\` ON \`_galleries_v\` (\`version_event_id\`);`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`sessions_event_idx\` ON \`sessions\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`documents_event_idx\` ON \`documents\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`passes\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`passes_event_idx\` ON \`passes\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`check_ins\` ADD \`event_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`check_ins_event_idx\` ON \`check_ins\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  // — apply —
  await db.run(sql`DROP INDEX \`accreditation_requests_identity_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` ADD \`application_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_application_key_idx\` ON \`accreditation_requests\` (\`application_key\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_identity_key_idx\` ON \`accreditation_requests\` (\`identity_key\`);`)
  // — profile —
  await db.run(sql`CREATE TABLE \`data_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`subject\` text,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`journalist_id\` integer,
  	\`received_at\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`handled_at\` text,
  	\`handled_by_id\` integer,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`data_requests_status_idx\` ON \`data_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_journalist_idx\` ON \`data_requests\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_deadline_idx\` ON \`data_requests\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_handled_by_idx\` ON \`data_requests\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_updated_at_idx\` ON \`data_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_created_at_idx\` ON \`data_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`applicant_files\` ADD \`taken_at\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`date_of_birth\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`nationality\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`id_type\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`id_number\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`id_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`press_card_number\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`outlet_id\` integer REFERENCES outlets(id);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`outlet_other\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`role\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`phone\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`portrait_id\` integer REFERENCES applicant_files(id);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`portrait_date\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`keep_profile\` integer;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`keep_profile_answered_at\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`profile_cleared_at\` text;`)
  await db.run(sql`CREATE INDEX \`journalists_outlet_idx\` ON \`journalists\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`journalists_portrait_idx\` ON \`journalists\` (\`portrait_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`data_requests_id\` integer REFERENCES data_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`data_requests_id\`);`)
  // — nominate —
  await db.run(sql`CREATE TABLE \`nominations_nominees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`state\` text DEFAULT 'invited' NOT NULL,
  	\`request_id\` integer,
  	\`replaces\` text,
  	\`link_hash\` text,
  	\`invited_at\` text,
  	\`completed_at\` text,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`nominations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`nominations_nominees_order_idx\` ON \`nominations_nominees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`nominations_nominees_parent_id_idx\` ON \`nominations_nominees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_nominees_request_idx\` ON \`nominations_nominees\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_nominees_link_hash_idx\` ON \`nominations_nominees\` (\`link_hash\`);`)
  await db.run(sql`CREATE TABLE \`nominations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`event_id\` integer NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`manager_id\` integer,
  	\`letter_id\` integer,
  	\`state\` text DEFAULT 'submitted',
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`outlet_managers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`letter_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`nominations_event_idx\` ON \`nominations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_outlet_idx\` ON \`nominations\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_manager_idx\` ON \`nominations\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_letter_idx\` ON \`nominations\` (\`letter_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_updated_at_idx\` ON \`nominations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_created_at_idx\` ON \`nominations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outlet_managers_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`outlet_managers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outlet_managers_sessions_order_idx\` ON \`outlet_managers_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_sessions_parent_id_idx\` ON \`outlet_managers_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlet_managers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`phone\` text,
  	\`approved\` integer DEFAULT false,
  	\`letter_id\` integer,
  	\`password_set\` integer DEFAULT false,
  	\`language\` text DEFAULT 'vi',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`letter_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`outlet_managers_outlet_idx\` ON \`outlet_managers\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_letter_idx\` ON \`outlet_managers\` (\`letter_id\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_updated_at_idx\` ON \`outlet_managers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_created_at_idx\` ON \`outlet_managers\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`outlet_managers_email_idx\` ON \`outlet_managers\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nominations_id\` integer REFERENCES nominations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outlet_managers_id\` integer REFERENCES outlet_managers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nominations_id_idx\` ON \`payload_locked_documents_rels\` (\`nominations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlet_managers_id_idx\` ON \`payload_locked_documents_rels\` (\`outlet_managers_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`outlet_managers_id\` integer REFERENCES outlet_managers(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_outlet_managers_id_idx\` ON \`payload_preferences_rels\` (\`outlet_managers_id\`);`)
  // The next releases' columns too (a database this old takes every step in one run): the
  // backfills read and write through the current config, which expects them.
  await addDeskSchema(db)
  await addLiveSchema(db)
  await addPoolSchema(db)
  // Data last, once the whole schema is in place: the backfills read and write through the
  // current config, which expects every column above.
  await backfillEvents({ payload, req, legacy })
  // Draft and published versions follow their document, so the admin opens them with their event.
  for (const table of ['news', 'press_releases', 'galleries'])
    await db.run(
      sql.raw(
        `UPDATE \`_${table}_v\` SET \`version_event_id\` = (SELECT \`event_id\` FROM \`${table}\` WHERE \`${table}\`.\`id\` = \`_${table}_v\`.\`parent_id\`)`,
      ),
    )
  await backfillApply({ payload, req })
  await backfillProfile({ payload, req })
}

/** The single "event" global of earlier versions (shared columns and both languages), if any. */
async function readLegacyEvent(db: MigrateUpArgs['db']): Promise<LegacyEvent | null> {
  const shared = (await db.all(sql`SELECT * FROM \`event\` LIMIT 1`))[0] as
    | Record<string, unknown>
    | undefined
  if (!shared) return null
  const rows = (await db.all(sql`SELECT * FROM \`event_locales\``)) as Record<string, unknown>[]
  const locale = (code: string) => {
    const row = rows.find((r) => r._locale === code) ?? {}
    return {
      name: row.name,
      shortName: row.short_name,
      venue: row.venue,
      city: row.city,
      about: row.about,
      organiser: row.organiser,
    }
  }
  return {
    vi: locale('vi'),
    en: locale('en'),
    shared: {
      referencePrefix: shared.reference_prefix,
      startDate: shared.start_date,
      endDate: shared.end_date,
      delegates: {
        total: shared.delegates_total,
        exOfficio: shared.delegates_ex_officio,
        appointed: shared.delegates_appointed,
        alternates: shared.delegates_alternates,
        delegations: shared.delegates_delegations,
      },
      pressContact: { email: shared.press_contact_email, phone: shared.press_contact_phone },
    },
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // — nominate —
  await db.run(sql`DROP TABLE \`nominations_nominees\`;`)
  await db.run(sql`DROP TABLE \`nominations\`;`)
  await db.run(sql`DROP TABLE \`outlet_managers_sessions\`;`)
  await db.run(sql`DROP TABLE \`outlet_managers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`news_id\` integer,
  	\`press_releases_id\` integer,
  	\`galleries_id\` integer,
  	\`sessions_id\` integer,
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`accreditation_requests_id\` integer,
  	\`passes_id\` integer,
  	\`check_ins_id\` integer,
  	\`outlets_id\` integer,
  	\`applicant_files_id\` integer,
  	\`audit_entries_id\` integer,
  	\`access_log_id\` integer,
  	\`users_id\` integer,
  	\`journalists_id\` integer,
  	\`counters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accreditation_requests_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`check_ins_id\`) REFERENCES \`check_ins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applicant_files_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_entries_id\`) REFERENCES \`audit_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`access_log_id\`) REFERENCES \`access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "events_id", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id", "counters_id") SELECT "id", "order", "parent_id", "path", "events_id", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id", "counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accreditation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`accreditation_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_check_ins_id_idx\` ON \`payload_locked_documents_rels\` (\`check_ins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_files_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`access_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`journalists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id", "journalists_id") SELECT "id", "order", "parent_id", "path", "users_id", "journalists_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_journalists_id_idx\` ON \`payload_preferences_rels\` (\`journalists_id\`);`)
  // — profile —
  // No table rebuild (it would fire foreign-key cascades): columns go one by one; the two that
  // reference other tables (journalists.outlet_id, portrait_id) and the lock table's
  // data_requests_id cannot be dropped by SQLite and are emptied instead.
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_data_requests_id_idx\`;`)
  await db.run(sql`UPDATE \`payload_locked_documents_rels\` SET \`data_requests_id\` = NULL;`)
  await db.run(sql`DROP TABLE \`data_requests\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`journalists_outlet_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`journalists_portrait_idx\`;`)
  await db.run(sql`UPDATE \`journalists\` SET \`outlet_id\` = NULL, \`portrait_id\` = NULL;`)
  for (const column of [
    'date_of_birth',
    'nationality',
    'id_type',
    'id_number',
    'id_expires_at',
    'press_card_number',
    'outlet_other',
    'role',
    'phone',
    'portrait_date',
    'keep_profile',
    'keep_profile_answered_at',
    'profile_cleared_at',
  ])
    await db.run(sql.raw(`ALTER TABLE \`journalists\` DROP COLUMN \`${column}\`;`))
  await db.run(sql`ALTER TABLE \`applicant_files\` DROP COLUMN \`taken_at\`;`)
  // — apply —
  await db.run(sql`DROP INDEX \`accreditation_requests_application_key_idx\`;`)
  await db.run(sql`DROP INDEX \`accreditation_requests_identity_key_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_identity_key_idx\` ON \`accreditation_requests\` (\`identity_key\`);`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` DROP COLUMN \`application_key\`;`)
  // — events —
  await db.run(sql`CREATE TABLE \`event\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reference_prefix\` text DEFAULT 'DH1',
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	\`delegates_total\` numeric,
  	\`delegates_ex_officio\` numeric,
  	\`delegates_appointed\` numeric,
  	\`delegates_alternates\` numeric,
  	\`delegates_delegations\` numeric,
  	\`press_contact_email\` text,
  	\`press_contact_phone\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`event_locales\` (
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`venue\` text,
  	\`city\` text,
  	\`about\` text,
  	\`organiser\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`event\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`event_locales_locale_parent_id_unique\` ON \`event_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`events_zones\`;`)
  await db.run(sql`DROP TABLE \`events_quotas\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`hero_image_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`author\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "hero_image_id", "slug", "published_at", "author", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "slug", "published_at", "author", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_hero_image_idx\` ON \`news\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_author\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_hero_image_id", "version_slug", "version_published_at", "version_author", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_hero_image_id", "version_slug", "version_published_at", "version_author", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_hero_image_idx\` ON \`_news_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_releases\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` numeric,
  	\`slug\` text,
  	\`published_at\` text,
  	\`embargo_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases\`("id", "number", "slug", "published_at", "embargo_until", "updated_at", "created_at", "_status") SELECT "id", "number", "slug", "published_at", "embargo_until", "updated_at", "created_at", "_status" FROM \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases\` RENAME TO \`press_releases\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_number_idx\` ON \`press_releases\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_embargo_until_idx\` ON \`press_releases\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` numeric,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_embargo_until\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v\`("id", "parent_id", "version_number", "version_slug", "version_published_at", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_number", "version_slug", "version_published_at", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v\` RENAME TO \`_press_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_number_idx\` ON \`_press_releases_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_embargo_until_idx\` ON \`_press_releases_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_galleries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_galleries\`("id", "slug", "published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "published_at", "updated_at", "created_at", "_status" FROM \`galleries\`;`)
  await db.run(sql`DROP TABLE \`galleries\`;`)
  await db.run(sql`ALTER TABLE \`__new_galleries\` RENAME TO \`galleries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`galleries_slug_idx\` ON \`galleries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`galleries_published_at_idx\` ON \`galleries\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries_updated_at_idx\` ON \`galleries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries_created_at_idx\` ON \`galleries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries__status_idx\` ON \`galleries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__galleries_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__galleries_v\`("id", "parent_id", "version_slug", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_galleries_v\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__galleries_v\` RENAME TO \`_galleries_v\`;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_parent_idx\` ON \`_galleries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_slug_idx\` ON \`_galleries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_published_at_idx\` ON \`_galleries_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_updated_at_idx\` ON \`_galleries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_created_at_idx\` ON \`_galleries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version__status_idx\` ON \`_galleries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_created_at_idx\` ON \`_galleries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_updated_at_idx\` ON \`_galleries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_snapshot_idx\` ON \`_galleries_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_published_locale_idx\` ON \`_galleries_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_latest_idx\` ON \`_galleries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_sessions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`type\` text DEFAULT 'plenary' NOT NULL,
  	\`press_access\` text DEFAULT 'open' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "starts_at", "ends_at", "type", "press_access", "updated_at", "created_at") SELECT "id", "starts_at", "ends_at", "type", "press_access", "updated_at", "created_at" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`CREATE INDEX \`sessions_starts_at_idx\` ON \`sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'congress' NOT NULL,
  	\`audience\` text DEFAULT 'public' NOT NULL,
  	\`embargo_until\` text,
  	\`release_id\` integer,
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
  	FOREIGN KEY (\`release_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "kind", "audience", "embargo_until", "release_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "kind", "audience", "embargo_until", "release_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`CREATE INDEX \`documents_release_idx\` ON \`documents\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_accreditation_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reference_code\` text,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`date_of_birth\` text NOT NULL,
  	\`nationality\` text DEFAULT 'VN' NOT NULL,
  	\`id_type\` text NOT NULL,
  	\`id_number\` text NOT NULL,
  	\`press_card_number\` text,
  	\`outlet_id\` integer,
  	\`outlet_other\` text,
  	\`role\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`language\` text DEFAULT 'vi',
  	\`equipment\` text,
  	\`portrait_id\` integer NOT NULL,
  	\`letter_id\` integer NOT NULL,
  	\`applicant_answer\` text,
  	\`reason_code\` text,
  	\`decision_message\` text,
  	\`vetting_result\` text DEFAULT 'pending',
  	\`vetting_note\` text,
  	\`vetting_checked_at\` text,
  	\`rules_version\` text,
  	\`rules_accepted_at\` text,
  	\`data_consent_at\` text,
  	\`reference_number\` numeric,
  	\`identity_key\` text,
  	\`idempotency_key\` text,
  	\`quota_place\` text,
  	\`status_secret\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`letter_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_accreditation_requests\`("id", "reference_code", "status", "full_name", "date_of_birth", "nationality", "id_type", "id_number", "press_card_number", "outlet_id", "outlet_other", "role", "email", "phone", "language", "equipment", "portrait_id", "letter_id", "applicant_answer", "reason_code", "decision_message", "vetting_result", "vetting_note", "vetting_checked_at", "rules_version", "rules_accepted_at", "data_consent_at", "reference_number", "identity_key", "idempotency_key", "quota_place", "status_secret", "updated_at", "created_at") SELECT "id", "reference_code", "status", "full_name", "date_of_birth", "nationality", "id_type", "id_number", "press_card_number", "outlet_id", "outlet_other", "role", "email", "phone", "language", "equipment", "portrait_id", "letter_id", "applicant_answer", "reason_code", "decision_message", "vetting_result", "vetting_note", "vetting_checked_at", "rules_version", "rules_accepted_at", "data_consent_at", "reference_number", "identity_key", "idempotency_key", "quota_place", "status_secret", "updated_at", "created_at" FROM \`accreditation_requests\`;`)
  await db.run(sql`DROP TABLE \`accreditation_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_accreditation_requests\` RENAME TO \`accreditation_requests\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_reference_code_idx\` ON \`accreditation_requests\` (\`reference_code\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_status_idx\` ON \`accreditation_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_outlet_idx\` ON \`accreditation_requests\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_role_idx\` ON \`accreditation_requests\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_email_idx\` ON \`accreditation_requests\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_portrait_idx\` ON \`accreditation_requests\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_letter_idx\` ON \`accreditation_requests\` (\`letter_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_reference_number_idx\` ON \`accreditation_requests\` (\`reference_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_identity_key_idx\` ON \`accreditation_requests\` (\`identity_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_idempotency_key_idx\` ON \`accreditation_requests\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_quota_place_idx\` ON \`accreditation_requests\` (\`quota_place\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_updated_at_idx\` ON \`accreditation_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_created_at_idx\` ON \`accreditation_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_passes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`pass_number\` text NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`version\` numeric DEFAULT 1 NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`revoked_reason\` text,
  	\`revoked_at\` text,
  	\`serial\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_passes\`("id", "pass_number", "request_id", "version", "status", "revoked_reason", "revoked_at", "serial", "updated_at", "created_at") SELECT "id", "pass_number", "request_id", "version", "status", "revoked_reason", "revoked_at", "serial", "updated_at", "created_at" FROM \`passes\`;`)
  await db.run(sql`DROP TABLE \`passes\`;`)
  await db.run(sql`ALTER TABLE \`__new_passes\` RENAME TO \`passes\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_pass_number_idx\` ON \`passes\` (\`pass_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_request_idx\` ON \`passes\` (\`request_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_serial_idx\` ON \`passes\` (\`serial\`);`)
  await db.run(sql`CREATE INDEX \`passes_updated_at_idx\` ON \`passes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`passes_created_at_idx\` ON \`passes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_check_ins\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`pass_id\` integer,
  	\`pass_serial\` text,
  	\`pass_number\` text,
  	\`day\` text NOT NULL,
  	\`zone\` text NOT NULL,
  	\`verdict\` text NOT NULL,
  	\`staff_id\` integer,
  	\`scanned_at\` text NOT NULL,
  	\`offline\` integer DEFAULT false,
  	\`scan_id\` text,
  	\`admission_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`pass_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_check_ins\`("id", "pass_id", "pass_serial", "pass_number", "day", "zone", "verdict", "staff_id", "scanned_at", "offline", "scan_id", "admission_key", "updated_at", "created_at") SELECT "id", "pass_id", "pass_serial", "pass_number", "day", "zone", "verdict", "staff_id", "scanned_at", "offline", "scan_id", "admission_key", "updated_at", "created_at" FROM \`check_ins\`;`)
  await db.run(sql`DROP TABLE \`check_ins\`;`)
  await db.run(sql`ALTER TABLE \`__new_check_ins\` RENAME TO \`check_ins\`;`)
  await db.run(sql`CREATE INDEX \`check_ins_pass_idx\` ON \`check_ins\` (\`pass_id\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_pass_serial_idx\` ON \`check_ins\` (\`pass_serial\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_pass_number_idx\` ON \`check_ins\` (\`pass_number\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_day_idx\` ON \`check_ins\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_verdict_idx\` ON \`check_ins\` (\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_staff_idx\` ON \`check_ins\` (\`staff_id\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_scanned_at_idx\` ON \`check_ins\` (\`scanned_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`check_ins_scan_id_idx\` ON \`check_ins\` (\`scan_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`check_ins_admission_key_idx\` ON \`check_ins\` (\`admission_key\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_updated_at_idx\` ON \`check_ins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`check_ins_created_at_idx\` ON \`check_ins\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`press_releases_id\` integer,
  	\`galleries_id\` integer,
  	\`sessions_id\` integer,
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`accreditation_requests_id\` integer,
  	\`passes_id\` integer,
  	\`check_ins_id\` integer,
  	\`outlets_id\` integer,
  	\`applicant_files_id\` integer,
  	\`audit_entries_id\` integer,
  	\`access_log_id\` integer,
  	\`users_id\` integer,
  	\`journalists_id\` integer,
  	\`counters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accreditation_requests_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`check_ins_id\`) REFERENCES \`check_ins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applicant_files_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_entries_id\`) REFERENCES \`audit_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`access_log_id\`) REFERENCES \`access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id", "counters_id") SELECT "id", "order", "parent_id", "path", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id", "counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accreditation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`accreditation_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_check_ins_id_idx\` ON \`payload_locked_documents_rels\` (\`check_ins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_files_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`access_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
}
