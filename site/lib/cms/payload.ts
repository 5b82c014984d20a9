import { getPayload, type Payload } from 'payload'

import config from '~/cms/payload.config'

let client: Promise<Payload> | undefined

/** The in-process Payload client. Only files in site/lib/cms may call it. */
export function payloadClient(): Promise<Payload> {
  client ??= getPayload({ config }).catch((error: unknown) => {
    client = undefined
    throw error
  })
  return client
}
