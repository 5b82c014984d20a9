import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { AccessLog } from './collections/AccessLog'
import { AccreditationRequests } from './collections/AccreditationRequests'
import { ApplicantFiles } from './collections/ApplicantFiles'
import { AuditEntries } from './collections/AuditEntries'
import { EmailMessages } from './collections/EmailMessages'
import { Events } from './collections/Events'
import { CheckIns } from './collections/CheckIns'
import { Counters } from './collections/Counters'
import { DataRequests } from './collections/DataRequests'
import { Delegations } from './collections/Delegations'
import { Documents } from './collections/Documents'
import { Galleries } from './collections/Galleries'
import { InterviewRequests } from './collections/InterviewRequests'
import { Journalists } from './collections/Journalists'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Nominations } from './collections/Nominations'
import { OutletManagers } from './collections/OutletManagers'
import { Outlets } from './collections/Outlets'
import { Passes } from './collections/Passes'
import { PressReleases } from './collections/PressReleases'
import { LiveUpdates } from './collections/LiveUpdates'
import { PoolMembers } from './collections/PoolMembers'
import { PoolPhotos } from './collections/PoolPhotos'
import { Sessions } from './collections/Sessions'
import { Subscribers } from './collections/Subscribers'
import { Users } from './collections/Users'
import { afterDatabaseConnect, databaseAdapter } from './db'
import { emailAdapter } from './email'
import { forgotPasswordThroughOutbox } from './email/forgotPassword'
import { DISTRIBUTION_EMAIL_QUEUE, EMAIL_QUEUE } from './email/outbox'
import { DISTRIBUTION_QUEUE } from './distribution/queue'
import { distributeReleaseTask } from './distribution/tasks/distributeRelease'
import { releaseStuckEmailJobs } from './email/runEmailQueue'
import { sendEmailTask } from './email/tasks/sendEmail'
import { health } from './endpoints/health'
import { followUpInterviewsTask } from './interviews/tasks/followUpInterviews'
import { getEnv } from './env'
import { CheckInRules } from './globals/CheckInRules'
import { PressRules } from './globals/PressRules'
import { keepRefusalMessages } from './hooks/keepRefusalMessages'
import { refuseBadQueries } from './hooks/refuseBadQueries'
import { CMS_DIR, IMPORT_MAP_FILE, TYPES_FILE } from './paths'
import { secureInternalCollections } from './access/internalCollections'
import { hasRole } from './lib/roles'

const env = getEnv()

export default buildConfig({
  serverURL: env.CMS_URL,
  secret: env.PAYLOAD_SECRET,
  cors: [env.SITE_URL],
  csrf: [env.SITE_URL, env.CMS_URL],
  admin: {
    user: Users.slug,
    // Not Gravatar: the admin must load nothing from outside (closed networks at venues).
    avatar: 'default',
    importMap: { baseDir: CMS_DIR, importMapFile: IMPORT_MAP_FILE },
    meta: { titleSuffix: ' · Press office' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // The admin's home by role (officers, editors), instead of Payload's stock cards; every date
    // of the admin reads in Asia/Ho_Chi_Minh, whatever the browser's zone.
    components: {
      views: { dashboard: { Component: '/components/dashboard/Dashboard#Dashboard' } },
      providers: ['/components/AdminTimeZone#AdminTimeZone'],
    },
  },
  collections: (
    [
      Events,
      News,
      PressReleases,
      Galleries,
      Sessions,
      LiveUpdates,
      PoolMembers,
      PoolPhotos,
      Documents,
      Media,
      AccreditationRequests,
      Passes,
      CheckIns,
      Outlets,
      Nominations,
      Delegations,
      InterviewRequests,
      ApplicantFiles,
      AuditEntries,
      EmailMessages,
      Subscribers,
      AccessLog,
      Users,
      Journalists,
      DataRequests,
      OutletManagers,
      Counters,
    ] as CollectionConfig[]
  )
    .map(forgotPasswordThroughOutbox)
    .map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseBadQueries, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  globals: [PressRules, CheckInRules],
  endpoints: [health],
  editor: lexicalEditor(),
  db: databaseAdapter(env),
  email: emailAdapter(env),
  sharp,
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  upload: { limits: { fileSize: 15 * 1024 * 1024 } },
  jobs: {
    tasks: [sendEmailTask, distributeReleaseTask, followUpInterviewsTask],
    // Scheduled publishing runs in the admin process only. The e-mail outbox is run by whichever
    // process queued a message, right after its commit (cms/email/runEmailQueue.ts); the admin
    // process also looks every 5 seconds for messages due a retry or missed. A job is claimed by
    // an atomic update of its `processing` flag, so two processes never send the same message.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 20 },
      { cron: '*/5 * * * * *', queue: EMAIL_QUEUE, limit: 20, silent: true },
      // Press-release distribution: recipients found every 5 s; their messages sent paced, at
      // most DISTRIBUTION_RATE a second (cms/distribution).
      { cron: '*/5 * * * * *', queue: DISTRIBUTION_QUEUE, limit: 5, silent: true },
      {
        cron: '* * * * * *',
        queue: DISTRIBUTION_EMAIL_QUEUE,
        limit: env.DISTRIBUTION_RATE,
        silent: true,
      },
    ],
    shouldAutoRun: async (payload) => {
      if (process.env.PORTAL_PROCESS !== 'cms') return false
      await releaseStuckEmailJobs(payload)
      return true
    },
    // By default any signed-in account, press accounts included, may run, queue and cancel jobs
    // through REST (`/api/payload-jobs/run`): only admins may.
    access: {
      run: ({ req: { user } }) => hasRole(user, 'admin'),
      queue: ({ req: { user } }) => hasRole(user, 'admin'),
      cancel: ({ req: { user } }) => hasRole(user, 'admin'),
    },
  },
  // Relations nest; no page or admin view needs more than 2 levels (REST `?depth=` is clamped to this).
  maxDepth: 3,
  // Nothing here uses GraphQL (the admin and the site use REST and the Local API): off, so it is
  // one less door to guard (depth, complexity, introspection, embargo).
  graphQL: { disable: true },
  typescript: { outputFile: TYPES_FILE },
  telemetry: false,
  // Refusals keep their sentence on every REST door, whatever the bundler did to class names.
  hooks: { afterError: [keepRefusalMessages] },
  onInit: afterDatabaseConnect,
}).then(secureInternalCollections)
