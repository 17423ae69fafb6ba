/** The public origin used for canonical URLs, OpenGraph and the sitemap. */
export function siteUrl(): string {
  return (process.env.SITE_URL || process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}
