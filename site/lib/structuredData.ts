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
