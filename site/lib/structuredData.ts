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

/**
 * schema.org LiveBlogPosting for a session's live page (JSON-LD): the coverage's start and end,
 * and each update that still stands as a BlogPosting (a removed update is left out).
 */
export function liveBlogJsonLd(blog: {
  headline: string
  description?: string | null
  url: string
  coverageStartTime: string
  coverageEndTime: string
  publisher: string
  inLanguage: string
  about?: { name: string; startDate: string; endDate: string; location?: string | null }
  updates: {
    id: string
    text: string
    datePublished: string
    dateModified?: string | null
    image?: string | null
  }[]
}): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: blog.publisher }
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: blog.headline.slice(0, 110),
    ...(blog.description ? { description: blog.description } : {}),
    url: blog.url,
    mainEntityOfPage: blog.url,
    coverageStartTime: blog.coverageStartTime,
    coverageEndTime: blog.coverageEndTime,
    ...(blog.updates[0]
      ? { dateModified: blog.updates[0].dateModified ?? blog.updates[0].datePublished }
      : {}),
    inLanguage: blog.inLanguage,
    publisher,
    author: publisher,
    ...(blog.about
      ? {
          about: {
            '@type': 'Event',
            name: blog.about.name,
            startDate: blog.about.startDate,
            endDate: blog.about.endDate,
            eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
            ...(blog.about.location
              ? {
                  location: {
                    '@type': 'Place',
                    name: blog.about.location,
                    address: blog.about.location,
                  },
                }
              : {}),
          },
        }
      : {}),
    liveBlogUpdate: blog.updates.map((update) => ({
      '@type': 'BlogPosting',
      headline: update.text.replace(/\s+/g, ' ').slice(0, 110),
      articleBody: update.text,
      url: `${blog.url}#update-${update.id}`,
      datePublished: update.datePublished,
      ...(update.dateModified ? { dateModified: update.dateModified } : {}),
      ...(update.image ? { image: [update.image] } : {}),
      author: publisher,
      publisher,
    })),
  }
}
