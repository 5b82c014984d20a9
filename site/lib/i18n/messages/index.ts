import type { Locale } from '../locales'
import { accreditation } from './accreditation'
import { checkin } from './checkin'
import { common } from './common'
import { events } from './events'
import { liveCoverage } from './liveCoverage'
import { liveDesk } from './liveDesk'
import { newsroom } from './newsroom'
import { outlet } from './outlet'
import { pool } from './pool'
import { poolTurns } from './poolTurns'
import { press } from './press'
import { preview } from './preview'
import { subscribe } from './subscribe'

/** Every user-facing string of the site, as flat dotted keys, by area. Vietnamese is the reference. */
const vi = {
  ...common.vi,
  ...accreditation.vi,
  ...checkin.vi,
  ...press.vi,
  ...newsroom.vi,
  ...events.vi,
  ...outlet.vi,
  ...preview.vi,
  ...subscribe.vi,
  ...liveCoverage.vi,
  ...pool.vi,
  ...poolTurns.vi,
  ...liveDesk.vi,
}
export type MessageKey = keyof typeof vi

export const messages: Record<Locale, Record<MessageKey, string>> = {
  vi,
  en: {
    ...common.en,
    ...accreditation.en,
    ...checkin.en,
    ...press.en,
    ...newsroom.en,
    ...events.en,
    ...outlet.en,
    ...preview.en,
    ...subscribe.en,
    ...liveCoverage.en,
    ...pool.en,
    ...poolTurns.en,
    ...liveDesk.en,
  },
}
