import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { featuredEvent } from '~/cms/events/featuredEvent'
import { formatDateTime } from '~/cms/lib/dashboard/format'
import { dashboardLabel } from '~/cms/lib/dashboard/labels'
import { canCheckIn, canEditContent, canHandleAccreditation } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import { DoorSection } from './DoorSection'
import { EditorSection } from './EditorSection'
import { OfficerSection } from './OfficerSection'
import { STYLE, type T } from './parts'

/**
 * The admin's home, by role: the accreditation desk (and its door) for officers, the newsroom
 * for editors, both for admins, the door's day for check-in staff. Every figure is read with the
 * caller's own access and links to the list it counts (the door's counts, read by doorFigures,
 * link nowhere for check-in staff, who may not read the log). Replaces Payload's stock dashboard
 * (admin.components.views.dashboard).
 */
export async function Dashboard(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const language = req.i18n?.language === 'en' ? 'en' : 'vi'
  const t: T = (key) => dashboardLabel(language, key)
  const user = req.user
  const officer = canHandleAccreditation(user)
  const editor = canEditContent(user)
  // An admin (who also checks in) reads the door in the officer's section.
  const doorLead = canCheckIn(user) && !officer
  const event = officer ? await featuredEvent(req, { locale: language }) : null
  return (
    <Gutter className="dash">
      <style>{STYLE}</style>
      <h1>{t('title')}</h1>
      <p className="dash-muted">
        {t('generatedAt')} {formatDateTime(now())}
        {event ? ` · ${t('event')}: ${event.name}` : ''}
      </p>
      {officer && event ? (
        <OfficerSection req={req} event={event} language={language} t={t} />
      ) : null}
      {officer && !event ? <p>{t('noEvent')}</p> : null}
      {officer && editor ? <h2>{t('content')}</h2> : null}
      {editor ? <EditorSection req={req} language={language} t={t} /> : null}
      {doorLead ? <DoorSection req={req} language={language} t={t} /> : null}
    </Gutter>
  )
}
