import { APIError } from 'payload'

export type Language = 'vi' | 'en'

/** A refusal the visitor reads, in their language, as a 4xx. */
export const refuse = (language: Language, status: number, vi: string, en: string): never => {
  throw new APIError(language === 'en' ? en : vi, status, null, true)
}
