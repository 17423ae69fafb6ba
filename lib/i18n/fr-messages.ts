// Messages produced by domain code (lib/): refusals, validation and rate-limit messages.
// Part of the French dictionary (lib/i18n/fr.ts, as `fr.messages`).
export const frMessages = {} as const;
