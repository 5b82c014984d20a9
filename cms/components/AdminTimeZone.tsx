'use client'

import type { ReactNode } from 'react'

import { installTimeZone, OFFICE_TIME_ZONE } from '~/cms/lib/adminTimeZone'

// As soon as the admin's client code loads, before anything below renders a date: every date of
// the page reads in the office's time zone (cms/lib/adminTimeZone.ts). Never on the server.
if (typeof window !== 'undefined')
  installTimeZone(window as unknown as Parameters<typeof installTimeZone>[0], OFFICE_TIME_ZONE)

/** The admin's provider for dates in Asia/Ho_Chi_Minh (see payload.config.ts `admin.components`). */
export function AdminTimeZone({ children }: { children?: ReactNode }) {
  return <>{children}</>
}
