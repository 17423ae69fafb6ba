// The moderation and administration area (app/admin, components/admin).
// Part of the French dictionary (lib/i18n/fr.ts, as `fr.admin`).
export const frAdmin = {} as const;
