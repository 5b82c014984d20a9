'use client'

import { useTranslation } from '@payloadcms/ui'

/** The admin's language (vi unless the officer switched to English) and a chooser for { vi, en } texts. */
export function useAdminLanguage(): {
  language: 'vi' | 'en'
  pick: (text: { vi: string; en: string }) => string
} {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  return { language, pick: (text) => text[language] }
}
