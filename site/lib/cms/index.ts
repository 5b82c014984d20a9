/** The one gateway from the site to the CMS. Pages import from here, never from Payload. */
export { clearCache } from './cache'
export { getEventFacts, getNewsArticle, getPressRules, listNews } from './content'
export type { EventFacts, NewsArticle, NewsCard, NewsPage, PressRulesView } from './content'
export type { Picture } from './images'
export { readMediaFile } from './media'
export { databaseIsReachable } from './health'
