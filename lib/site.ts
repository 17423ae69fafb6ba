import { config } from "@/lib/config";

/** The public origin used for canonical URLs, OpenGraph and the sitemap. */
export function siteUrl(): string {
  const settings = config();
  return (settings.SITE_URL || settings.NEXTAUTH_URL).replace(/\/$/, "");
}
