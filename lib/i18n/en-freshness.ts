// Fresh profiles, in English: the confirmation date, the team's "nothing has changed", the
// reminder mails and their links, the "needs checking" badge, the directory filter, the
// moderators' list and the statistics note. Part of the English dictionary (lib/i18n/en.ts, as
// `en.freshness`); mirrors ./fr-freshness. Import nothing but the formatters.
import type { Dictionary } from "./dictionary";
import { countOf, formatIntegerEn } from "./format-en";

const quote = (name: string) => `‘${name}’`;

export const enFreshness = {
  /** On the public profile; `date` is a long date. */
  confirmedOn: (date: string) => `Information confirmed by the startup on ${date}`,
  neverConfirmed: "Information not yet confirmed by the startup",
  staleBadge: "Needs checking",
  /** Read by screen readers after the badge: the badge's meaning, not only its colour. */
  staleExplanation: "The startup has not confirmed this profile for more than 18 months: some information may be out of date.",
  staleCardLabel: "Profile needs checking: not confirmed for more than 18 months",
  filter: {
    legend: "How recent the information is",
    any: "All profiles",
    options: {
      "6m": "Confirmed within the last 6 months",
      "12m": "Confirmed within the last 12 months",
      "18m": "Confirmed within the last 18 months",
    } as Record<string, string>,
    /** The active-filter chip. */
    chip: (months: number) => `Confirmed within the last ${countOf(months, "month", "months")}`,
  },
  space: {
    title: "Profile freshness",
    confirmedOn: (date: string) => `Information confirmed on ${date}.`,
    neverConfirmed: "This profile has not been confirmed yet.",
    explain: "If nothing has changed, confirm it in one click: the confirmation date on the public profile is updated, with no review by the moderation team.",
    staleWarning: "The profile has not been confirmed for more than 18 months: it is flagged as ‘needs checking’ in the directory.",
    confirm: "Nothing has changed: confirm the profile",
    confirmed: "Thank you! The profile is confirmed as of today.",
    notPublished: "Only a published profile can be confirmed.",
  },
  link: {
    title: "Confirm the profile",
    intro: "You have received a reminder: if the information in the profile is still accurate, confirm it below.",
    button: "Nothing has changed: confirm the profile",
    confirmed: (name: string) => `Thank you! The profile ${quote(name)} is confirmed as of today.`,
    already: (name: string) => `The profile ${quote(name)} has already been confirmed since this reminder was sent: there is nothing left to do.`,
    invalid: "This confirmation link is not valid. Check that it was copied in full, or confirm the profile from your startup space.",
    used: "This confirmation link has already been used. You can confirm the profile again from your startup space.",
    expired: "This confirmation link has expired. Confirm the profile from your startup space.",
    unavailable: "This profile can no longer be confirmed with this link (it is no longer published, or you are no longer on its team).",
    viewProfile: "View the public profile",
    space: "Go to my startup space",
  },
  mail: {
    firstSubject: (name: string) => `Is the profile ${quote(name)} still up to date?`,
    secondSubject: (name: string) => `Reminder: is the profile ${quote(name)} still up to date?`,
    intro: (name: string, date: string) => `The information in the profile ${quote(name)} was last confirmed on ${date}.`,
    ask: "Is it still accurate? One click is enough to confirm it, with no new review.",
    confirm: "Nothing has changed",
    update: "Update the profile",
    stale: "Without confirmation, the profile will be flagged as ‘needs checking’ in the directory 18 months after it was last confirmed.",
    validity: "The ‘Nothing has changed’ link works only once and stays valid for 120 days. ‘Update the profile’ will ask you to sign in.",
  },
  admin: {
    navLink: "Profiles to check",
    title: "Profiles to check",
    intro: "Published profiles that their team has not confirmed for more than 18 months, oldest first. They carry the ‘needs checking’ badge in the directory.",
    empty: "No profiles to check: every published profile has been confirmed within the last 18 months.",
    count: (n: number) => `${countOf(n, "profile", "profiles")} to check`,
    name: "Profile",
    confirmedAt: "Last confirmed",
    reminders: "Reminders sent",
    never: "never",
  },
  stats: {
    /** The methodology note; `share` is a formatted percentage. */
    share: (share: string, confirmed: number, total: number) =>
      `Freshness: ${share} of published profiles (${formatIntegerEn(confirmed)} of ${formatIntegerEn(total)}) were confirmed by their startup in the last 12 months, through an approved update or a simple ‘nothing has changed’.`,
  },
} satisfies Dictionary["freshness"];
