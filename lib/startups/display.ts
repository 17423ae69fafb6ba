// A profile's fields as the public sees them: commune and metropolis names, sector names, the
// stage in words, amounts in euros, links. Used wherever staff compare or read profile data
// (the review diff, the journal), so that they judge what will be published, not internal codes.
import { dictionary } from "@/lib/i18n/server";
import { findCommune } from "@/lib/territory";
import type { ProfileData } from "./profile";

export type DisplayedValue = { text: string; href?: string };
export type DisplayedField = { key: keyof ProfileData; label: string };

/** The fields in display order, labelled in the current request's language (read at call time). */
export function profileFields(): readonly DisplayedField[] {
  const f = dictionary().space.fields;
  return [
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
}

function none(): DisplayedValue {
  return { text: dictionary().admin.common.none };
}

/** A field's value as shown, or null when it is empty (shown as the dictionary's "none"). */
function shownValue(data: ProfileData, key: keyof ProfileData, sectorNames: ReadonlyMap<string, string>): DisplayedValue | null {
  const d = dictionary();
  switch (key) {
    case "communeCode": {
      const commune = findCommune(data.communeCode);
      return { text: commune ? `${commune.name} (${d.metropolisLong[commune.metropolis]})` : data.communeCode };
    }
    case "sectors":
      return data.sectors.length ? { text: data.sectors.map((slug) => sectorNames.get(slug) ?? slug).join(", ") } : null;
    case "stage":
      return { text: d.stage[data.stage] };
    case "fundsRaisedEur":
      return { text: d.format.euros(data.fundsRaisedEur) };
    case "teamSize":
      return { text: d.format.integer(data.teamSize) };
    case "hiring":
      return { text: data.hiring ? d.admin.common.yes : d.admin.common.no };
    case "website":
    case "linkedinUrl":
    case "twitterUrl":
      return data[key] ? { text: data[key], href: data[key] } : null;
    default: {
      const value = data[key];
      return value === null || value === "" ? null : { text: String(value) };
    }
  }
}

export function displayValue(data: ProfileData, key: keyof ProfileData, sectorNames: ReadonlyMap<string, string>): DisplayedValue {
  return shownValue(data, key, sectorNames) ?? none();
}

export type DiffRow = DisplayedField & { before: DisplayedValue; after: DisplayedValue; changed: boolean };

/** Field by field, the live version (or nothing, for a new profile) against the proposed one. */
export function profileDiff(live: ProfileData | null, proposed: ProfileData, sectorNames: ReadonlyMap<string, string>): DiffRow[] {
  return profileFields().map((field) => {
    const before = live ? displayValue(live, field.key, sectorNames) : none();
    const shown = shownValue(proposed, field.key, sectorNames);
    // A new profile: a field counts as changed when it has a value at all.
    const changed = live ? JSON.stringify(live[field.key]) !== JSON.stringify(proposed[field.key]) : shown !== null;
    return { ...field, before, after: shown ?? none(), changed };
  });
}

/** Whether a journal entry's before/after looks like profile data (a moderator's correction). */
export function isProfileData(value: unknown): value is ProfileData {
  return typeof value === "object" && value !== null && "communeCode" in value && "stage" in value && "sectors" in value;
}
