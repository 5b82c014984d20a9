/** schema.org NewsArticle for an article or release page (JSON-LD). */
export function newsArticleJsonLd(article: {
  headline: string
  description?: string | null
  url: string
  image?: string | null
  datePublished?: string | null
  dateModified?: string | null
  publisher: string
  inLanguage: string
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline.slice(0, 110),
    ...(article.description ? { description: article.description } : {}),
    mainEntityOfPage: article.url,
    url: article.url,
    ...(article.image ? { image: [article.image] } : {}),
    ...(article.datePublished ? { datePublished: article.datePublished } : {}),
    ...(article.dateModified ? { dateModified: article.dateModified } : {}),
    inLanguage: article.inLanguage,
    publisher: { '@type': 'Organization', name: article.publisher },
    author: { '@type': 'Organization', name: article.publisher },
  }
}

/** schema.org Event for an event's page and the home page's featured event (JSON-LD). */
export function eventJsonLd(event: {
  name: string
  url: string
  startDate: string
  endDate: string
  description?: string | null
  venue?: string | null
  city?: string | null
  organiser?: string | null
  inLanguage: string
}): Record<string, unknown> {
  const place = [event.venue, event.city].filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    url: event.url,
    startDate: event.startDate,
    endDate: event.endDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(event.description ? { description: event.description } : {}),
    ...(place.length
      ? {
          location: {
            '@type': 'Place',
            name: event.venue || event.city,
            address: event.city || event.venue,
          },
        }
      : {}),
    ...(event.organiser ? { organizer: { '@type': 'Organization', name: event.organiser } } : {}),
    inLanguage: event.inLanguage,
  }
}
