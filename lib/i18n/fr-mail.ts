// Mails: subjects and bodies (lib/mail/templates.ts).
// Part of the French dictionary (lib/i18n/fr.ts, as `fr.mail`).
export const frMail = {} as const;
