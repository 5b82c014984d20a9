/** The one gateway from the site to the CMS. Pages import from here, never from Payload. */
export { clearCache, withinRender } from './cache'
export { getEventFacts, getNewsArticle, getPressRules, listNews, newsPublisher } from './content'
export type { EventFacts, NewsArticle, NewsCard, NewsPage, PressRulesView } from './content'
export type { Picture } from './images'
export { readMediaFile } from './media'
export { databaseIsReachable, unlessDatabaseDown } from './health'
export { getApplicationFormOptions, outletsAndRules } from './accreditationForm'
export type { FormOptions } from './accreditationForm'
export {
  answerApplication,
  openApplication,
  readApplicantFile,
  statusLinkIsGone,
  withdrawApplication,
} from './accreditationStatus'
export type { AnswerOutcome, ApplicationView } from './accreditationStatus'
export { submitApplication } from './accreditationSubmit'
export type { SubmitOutcome } from './accreditationSubmit'
export { getPassBadge, getPhonePass } from './phonePass'
export type { BadgeLabels, PhonePass } from './phonePass'
export { poolTurnsOfJournalist, poolTurnsOfStatusToken } from './pool'
export type { PoolTurn } from './pool'
export {
  checkInLists,
  offlineCheckInData,
  openOtherDayList,
  passPortrait,
  scanPass,
} from './checkIn'
export type { CheckInLists, OfflineCheckInData, OpenedList, Scan, ScanResult } from './checkIn'
export { signInStaff, signOutStaff, STAFF_COOKIE, staffFromToken } from './staff'
export { sessionAccessOfList, switchAccessFromPhone, todaysSessions } from './sessionAccess'
export type { SessionAccessRow, StaffSession } from './sessionAccess'
export { changeFromPhone, openLiveDesk, postFromPhone } from './liveDesk'
export type { DeskUpdate, LiveDesk, PhoneChange } from './liveDesk'
export { getRelease, listEmbargoedReleases, listReleases } from './releases'
export type { DocumentLink, ReleaseCard, ReleasePage, ReleaseView } from './releases'
export { getGallery, listGalleries, readOriginalPhoto } from './galleries'
export type { GalleryCard, GalleryPhoto, GalleryView } from './galleries'
export { listSessions } from './schedule'
export type { SessionView } from './schedule'
export { listDocuments, readDocumentFile } from './documents'
export type { DocumentView } from './documents'
export { publicContent, searchSite } from './search'
export { isAccreditedPress, PUBLIC_VIEWER, viewerFrom } from './viewer'
export type { Viewer } from './viewer'
export { getPressRulesVersion, getRulesInForce, listPressRulesVersions } from './rules'
export type { RulesVersionLink } from './rules'
export {
  journalistFromToken,
  ownStatusToken,
  PRESS_COOKIE,
  requestPasswordReset,
  setPasswordFromLink,
  loginForPasswordLink,
  signInJournalist,
  signOutJournalist,
} from './journalist'
export type { PressSession } from './journalist'
export {
  featuredScope,
  getEventBySlug,
  getFeaturedEvent,
  listEvents,
  publicEventsById,
} from './events'
export type { EventRef, EventScope } from './eventScope'
export {
  answerKeepProfile,
  answerReleaseEmails,
  applyFromProfile,
  askForDeletion,
  downloadMyData,
  getPressOverview,
  newFormKey,
} from './press'
export type { Accreditation, ApplyFromProfileOutcome, OpenEvent, PressOverview } from './press'
export {
  completeFromForm,
  getOutletOverview,
  nominateFromForm,
  nominationEvents,
  openNomineeLink,
  replaceFromForm,
  withdrawFromForm,
} from './outlet'
export type { NomineeLinkView } from './outlet'
export {
  applyForManagerFromForm,
  managerFromToken,
  OUTLET_COOKIE,
  requestManagerPasswordReset,
  setManagerPassword,
  signInManager,
  signOutManager,
} from './outletAccount'
export type { OutletOutcome } from './outletRequest'
export { openPreview } from './preview'
export type { PreviewContent, PreviewOutcome } from './preview'
export {
  confirmReleaseSubscription,
  subscribeToReleases,
  unsubscribeFromReleases,
} from './subscriptions'
export type { SubscriptionOutcome } from './subscriptions'
export {
  answerConsentFromForm,
  getPressInterviews,
  myInterviewCalendar,
  openConsentLink,
  requestInterviewFromForm,
} from './interviews'
export type { ConsentView, InterviewOutcome, MyInterview, PressInterviews } from './interviews'
export { getPoolArea, isPoolFileKind, poolPhotosFromForm, readPoolPhotoFile } from './poolPhotos'
export type {
  PoolArea,
  PoolFormOutcome,
  PoolGalleryView,
  PoolPhotoView,
  PoolUploadResult,
} from './poolPhotos'
