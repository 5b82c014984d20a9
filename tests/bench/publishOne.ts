/**
 * For the publish-to-visible figure: another process (as the admin would be) publishes one
 * article with the title given, prints "published" the moment the write is committed, and exits.
 */
export {}

const title = process.argv[2] ?? `Bench ${Date.now()}`
const { getPayload } = await import('payload')
const { default: config } = await import('~/cms/payload.config')
const payload = await getPayload({ config })
await payload.create({
  collection: 'news',
  overrideAccess: true,
  data: { title, _status: 'published' },
})
console.log('published')
await payload.destroy()
process.exit(0)
