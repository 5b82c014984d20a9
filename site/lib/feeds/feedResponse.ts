/** An XML document (feed, sitemap) as a response, cached briefly like the public pages. */
export const xmlResponse = (body: string, type = 'application/rss+xml'): Response =>
  new Response(body, {
    headers: { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'public, max-age=60' },
  })
