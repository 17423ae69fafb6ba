// A profile's fields as the public sees them: commune and metropolis names, sector names, the
// stage in words, amounts in euros, links. Used wherever staff compare or read profile data
// (the review diff, the journal), so that they judge what will be published, not internal codes.
import { fr } from "@/lib/i18n/fr";
import { formatEuros, formatInteger } from "@/lib/i18n/format";
import { findCommune } from "@/lib/territory";
import type { ProfileData } from "./profile";

export type DisplayedValue = { text: string; href?: string };
export type DisplayedField = { key: keyof ProfileData; label: string };

const f = fr.space.fields;
export const PROFILE_FIELDS: readonly DisplayedField[] = [
  { key: "name", label: f.name },
  { key: "tagline", label: f.tagline },
  { key: "description", label: f.description },
  { key: "communeCode", label: f.commune },
  { key: "sectors", label: f.sectors },
  { key: "foundedYear", label: f.foundedYear },
  { key: "teamSize", label: f.teamSize },
  { key: "fundsRaisedEur", label: f.fundsRaised },
  { key: "stage", label: f.stage },
  { key: "hiring", label: f.hiring },
  { key: "website", label: f.website },
  { key: "linkedinUrl", label: f.linkedin },
  { key: "twitterUrl", label: f.twitter },
  { key: "siren", label: f.siren },
];

const none: DisplayedValue = { text: fr.admin.common.none };

export function displayValue(data: ProfileData, key: keyof ProfileData, sectorNames: ReadonlyMap<string, string>): DisplayedValue {
  switch (key) {
    case "communeCode": {
      const commune = findCommune(data.communeCode);
      return { text: commune ? `${commune.name} (${fr.metropolisLong[commune.metropolis]})` : data.communeCode };
    }
    case "sectors":
      return data.sectors.length ? { text: data.sectors.map((slug) => sectorNames.get(slug) ?? slug).join(", ") } : none;
    case "stage":
      return { text: fr.stage[data.stage] };
    case "fundsRaisedEur":
      return { text: formatEuros(data.fundsRaisedEur) };
    case "teamSize":
      return { text: formatInteger(data.teamSize) };
    case "hiring":
      return { text: data.hiring ? fr.admin.common.yes : fr.admin.common.no };
    case "website":
    case "linkedinUrl":
    case "twitterUrl":
      return data[key] ? { text: data[key], href: data[key] } : none;
    default: {
      const value = data[key];
      return value === null || value === "" ? none : { text: String(value) };
    }
  }
}

export type DiffRow = DisplayedField & { before: DisplayedValue; after: DisplayedValue; changed: boolean };

/** Field by field, the live version (or nothing, for a new profile) against the proposed one. */
export function profileDiff(live: ProfileData | null, proposed: ProfileData, sectorNames: ReadonlyMap<string, string>): DiffRow[] {
  return PROFILE_FIELDS.map((field) => {
    const before = live ? displayValue(live, field.key, sectorNames) : none;
    const after = displayValue(proposed, field.key, sectorNames);
    const changed = live ? JSON.stringify(live[field.key]) !== JSON.stringify(proposed[field.key]) : after !== none;
    return { ...field, before, after, changed };
  });
}

/** Whether a journal entry's before/after looks like profile data (a moderator's correction). */
export function isProfileData(value: unknown): value is ProfileData {
  return typeof value === "object" && value !== null && "communeCode" in value && "stage" in value && "sectors" in value;
}
