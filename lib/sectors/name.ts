// A sector's displayed name, in its own module: lib/sectors/index.ts reaches the database
// (drizzle, node:fs through db/client), so a client component that imported it would pull
// server code into the browser bundle. Client components import this file; server code may use
// either (index.ts re-exports it).
import type { Lang } from "@/lib/i18n/lang";

/** A sector's name as a page in `lang` shows it: the stored English name (admins edit both). */
export function sectorName(sector: { nameFr: string; nameEn: string }, lang: Lang): string {
  return lang === "en" ? sector.nameEn : sector.nameFr;
}
