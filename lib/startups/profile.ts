// The shape of a startup profile, as stored in a revision's jsonb and copied to the live row.
import { z } from "zod";
import { FOUNDED_YEAR_MIN, STAGES } from "./options";

export const PROFILE_LIMITS = {
  name: { min: 2, max: 80 },
  tagline: { min: 10, max: 160 },
  description: { min: 50, max: 4000 },
  teamSize: { min: 1, max: 10_000 },
  fundsRaisedEur: { min: 0, max: 2_000_000_000 },
  sectors: { min: 1, max: 3 },
} as const;

/** A SIREN is 9 digits whose Luhn checksum is valid. */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(value[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export const LINKEDIN_PATTERN = /^https?:\/\/([a-z]{2,3}\.)?linkedin\.com\/company\/[\w%-]{2,100}\/?$/i;
export const X_PATTERN = /^https?:\/\/(www\.)?(x|twitter)\.com\/\w{1,15}\/?$/i;

export const profileDataSchema = z.object({
  name: z.string().trim().min(PROFILE_LIMITS.name.min).max(PROFILE_LIMITS.name.max),
  tagline: z.string().trim().min(PROFILE_LIMITS.tagline.min).max(PROFILE_LIMITS.tagline.max),
  description: z.string().trim().min(PROFILE_LIMITS.description.min).max(PROFILE_LIMITS.description.max),
  communeCode: z.string().regex(/^\d[\dAB]\d{3}$/),
  sectors: z.array(z.string()).min(PROFILE_LIMITS.sectors.min).max(PROFILE_LIMITS.sectors.max),
  foundedYear: z.number().int().min(FOUNDED_YEAR_MIN).max(2100),
  teamSize: z.number().int().min(PROFILE_LIMITS.teamSize.min).max(PROFILE_LIMITS.teamSize.max),
  fundsRaisedEur: z.number().int().min(PROFILE_LIMITS.fundsRaisedEur.min).max(PROFILE_LIMITS.fundsRaisedEur.max),
  stage: z.enum(STAGES),
  hiring: z.boolean(),
  website: z.url({ protocol: /^https?$/ }).nullable(),
  linkedinUrl: z.string().regex(LINKEDIN_PATTERN).nullable(),
  twitterUrl: z.string().regex(X_PATTERN).nullable(),
  siren: z.string().refine(isValidSiren).nullable(),
});

export type ProfileData = z.infer<typeof profileDataSchema>;
