// The profile form's schema: the same zod schema runs in the browser (instant, per-field French
// errors) and in the server action (the authority). It turns the form's strings into ProfileData.
// The caller hands it the messages of its language (useT() in the browser, dictionary() on the
// server): this module is in the client bundle, so it cannot read the request's language itself.
import { z } from "zod";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { matchCommune, type MatchableCommune } from "@/lib/territory/match";
import { FOUNDED_YEAR_MIN, STAGES } from "./options";
import { isValidSiren, LINKEDIN_PATTERN, PROFILE_LIMITS, X_PATTERN, type ProfileData } from "./profile";

export type CommuneOption = MatchableCommune & { metropolis: string };
type ProfileMessages = Dictionary["messages"]["profile"];

const { name, tagline, description, teamSize, fundsRaisedEur, sectors } = PROFILE_LIMITS;

function lengthBetween(t: ProfileMessages, label: string, min: number, max: number) {
  return z
    .string({ error: t.required(label) })
    .trim()
    .min(min, min <= 1 ? t.required(label) : t.tooShort(label, min))
    .max(max, t.tooLong(label, max));
}

function wholeNumber(t: ProfileMessages, label: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .min(1, t.required(label))
    .transform((value) => value.replace(/[\s\u202f\u00a0]/g, ""))
    .pipe(
      z.coerce
        .number<string>({ error: t.notANumber(label) })
        .int(t.notAnInteger(label))
        .min(min, t.tooSmall(label, min))
        .max(max, t.tooLarge(label, max)),
    );
}

/** "exemple.fr" → "https://exemple.fr/": a scheme is added when missing; only http(s) is allowed. */
export function normalizeWebsite(input: string): string | null {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".") || url.username || url.password) return null;
    url.hash = "";
    return url.toString();
  } catch {
    return null;
  }
}

function optionalUrl(t: ProfileMessages, label: string, pattern: RegExp | null, hint: string) {
  return z
    .string()
    .trim()
    .max(300, t.addressTooLong(label))
    .transform((value, ctx) => {
      if (value === "") return null;
      const url = normalizeWebsite(value);
      if (!url || (pattern && !pattern.test(url))) {
        ctx.addIssue({ code: "custom", message: hint });
        return z.NEVER;
      }
      return pattern ? url.replace(/^http:/, "https:").replace("://twitter.com", "://x.com") : url;
    });
}


type SchemaOptions = { inseeCodeFirst?: boolean };

export function profileFormSchema(
  t: ProfileMessages,
  communes: readonly CommuneOption[],
  sectorSlugs: readonly string[],
  options: SchemaOptions = {},
) {
  const currentYear = new Date().getFullYear();
  return z
    .object({
      name: lengthBetween(t, t.fieldNames.name, name.min, name.max),
      tagline: lengthBetween(t, t.fieldNames.tagline, tagline.min, tagline.max),
      // Plain text: line breaks are kept; markup is stored as typed and always shown as text.
      description: lengthBetween(t, t.fieldNames.description, description.min, description.max).transform((text) =>
        text.replace(/\r\n?/g, "\n"),
      ),
      commune: z
        .string()
        .trim()
        .min(1, t.communeRequired)
        .transform((typed, ctx) => {
          const match = matchCommune(typed, communes, options);
          if (match.kind === "one") return match.commune.code;
          const message =
            match.kind === "many" ? t.communeAmbiguous(match.candidates.map((commune) => commune.label)) : t.communeNotInList;
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        }),
      sectors: z
        .array(z.string())
        .min(sectors.min, t.sectorsMin)
        .max(sectors.max, t.sectorsMax(sectors.max))
        .refine((values) => values.every((slug) => sectorSlugs.includes(slug)), t.unknownSector),
      foundedYear: wholeNumber(t, t.fieldNames.foundedYear, FOUNDED_YEAR_MIN, currentYear),
      teamSize: wholeNumber(t, t.fieldNames.teamSize, teamSize.min, teamSize.max),
      fundsRaisedEur: z
        .string()
        .trim()
        .transform((value) => (value === "" ? "0" : value))
        .pipe(wholeNumber(t, t.fieldNames.fundsRaised, fundsRaisedEur.min, fundsRaisedEur.max)),
      stage: z.enum(STAGES, { error: t.stageRequired }),
      hiring: z.boolean(),
      website: optionalUrl(t, t.fieldNames.website, null, t.websiteInvalid),
      linkedinUrl: optionalUrl(t, t.fieldNames.linkedin, LINKEDIN_PATTERN, t.linkedinInvalid),
      twitterUrl: optionalUrl(t, t.fieldNames.twitter, X_PATTERN, t.twitterInvalid),
      siren: z
        .string()
        .transform((value) => value.replace(/[\s.]/g, ""))
        .refine((value) => value === "" || /^\d{9}$/.test(value), t.sirenFormat)
        .refine((value) => value === "" || !/^\d{9}$/.test(value) || isValidSiren(value), t.sirenChecksum)
        .transform((value) => (value === "" ? null : value)),
    })
    .transform(({ commune, ...rest }): ProfileData => ({ ...rest, communeCode: commune }));
}

export type ProfileFormValues = Record<string, string | string[]>;

/** The form's fields as the schema expects them (files and unknown fields are left out). */
export function profileFormInput(source: FormData | ProfileFormValues) {
  const get = (key: string) => {
    const value = source instanceof FormData ? source.get(key) : source[key];
    return typeof value === "string" ? value : "";
  };
  const all = (key: string) => {
    const value = source instanceof FormData ? source.getAll(key) : source[key];
    return (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is string => typeof item === "string");
  };
  return {
    name: get("name"),
    tagline: get("tagline"),
    description: get("description"),
    commune: get("commune"),
    sectors: all("sectors"),
    foundedYear: get("foundedYear"),
    teamSize: get("teamSize"),
    fundsRaisedEur: get("fundsRaisedEur"),
    stage: get("stage"),
    hiring: get("hiring") === "on" || get("hiring") === "true",
    website: get("website"),
    linkedinUrl: get("linkedinUrl"),
    twitterUrl: get("twitterUrl"),
    siren: get("siren"),
  };
}

/** The inverse: what to show in the form for stored data. */
export function profileToFormValues(data: ProfileData, communes: readonly CommuneOption[]): ProfileFormValues {
  return {
    name: data.name,
    tagline: data.tagline,
    description: data.description,
    commune: communes.find((commune) => commune.code === data.communeCode)?.label ?? "",
    sectors: data.sectors,
    foundedYear: String(data.foundedYear),
    teamSize: String(data.teamSize),
    fundsRaisedEur: String(data.fundsRaisedEur),
    stage: data.stage,
    hiring: data.hiring ? "true" : "",
    website: data.website ?? "",
    linkedinUrl: data.linkedinUrl ?? "",
    twitterUrl: data.twitterUrl ?? "",
    siren: data.siren ?? "",
  };
}
