// The public agenda's filters, from a URL query and back to one canonical query string, so that
// equivalent URLs share one page-cache entry and one feed URL.
import { METROPOLISES, type Metropolis } from "@/lib/startups/options";
import { EVENT_TYPES, type EventType } from "./options";

export type EventFilters = {
  metropolis: Metropolis | null;
  type: EventType | null;
  /** A Paris month, "YYYY-MM". */
  month: string | null;
  free: boolean;
  /** Past events of that year instead of the upcoming ones. */
  year: number | null;
};

export const NO_EVENT_FILTERS: EventFilters = { metropolis: null, type: null, month: null, free: false, year: null };

const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

export function parseEventFilters(query: URLSearchParams): EventFilters {
  const year = Number(query.get("annee"));
  return {
    metropolis: METROPOLISES.find((value) => value === query.get("metropole")) ?? null,
    type: EVENT_TYPES.find((value) => value === query.get("type")) ?? null,
    month: MONTH.test(query.get("mois") ?? "") ? query.get("mois") : null,
    free: query.get("gratuit") === "1",
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
  };
}

/** The canonical query, without "?"; "" for no filter. */
export function eventFiltersQuery(filters: EventFilters): string {
  const query = new URLSearchParams();
  if (filters.year) query.set("annee", String(filters.year));
  if (filters.metropolis) query.set("metropole", filters.metropolis);
  if (filters.type) query.set("type", filters.type);
  if (filters.month) query.set("mois", filters.month);
  if (filters.free) query.set("gratuit", "1");
  return query.toString();
}

const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Paris, "YYYY-MM-DD": what "upcoming" is relative to on the cached list page. */
export function parisToday(now = new Date()): string {
  return parisDay.format(now);
}
