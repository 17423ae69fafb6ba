// Mails: subjects and bodies (lib/mail/templates.ts), in English.
// Part of the English dictionary (lib/i18n/en.ts, as `en.mail`); mirrors ./fr-mail.
// Text only: lib/mail/templates.ts builds the text and HTML parts, escapes every value and puts
// startup and person names on one line before passing them here.
import type { Dictionary } from "./dictionary";

// Same as en.site.name, repeated because this file cannot import ./en (circular import).
const siteName = "Normandy French Tech";

// English single quotes around a startup name (British style).
const quote = (name: string) => `‘${name}’`;

export const enMail = {
  // Shared by every mail.
  common: {
    greeting: "Hello,",
    greetingNamed: (name: string) => `Hello ${name},`,
    signature: `The ${siteName} team`,
    notice: "This is an automated message; please do not reply.",
    // A link in the plain-text part.
    linkText: (label: string, url: string) => `${label}: ${url}`,
    // Under a link button in the HTML part, followed by the URL.
    linkFallback: "If the button does not work, copy this link into your browser:",
    reason: (reason: string) => `Reason:\n${reason}`,
  },
  verifyEmail: {
    subject: "Confirm your email address",
    intro: `Welcome to the ${siteName} directory! To activate your account, confirm your email address by opening this link:`,
    link: "Confirm my email address",
    notYou: "If you did not create an account, simply ignore this message.",
  },
  resetPassword: {
    subject: "Resetting your password",
    intro: "You asked to reset the password for your account. To choose a new one, open this link:",
    link: "Choose a new password",
    validity: "This link is valid for 1 hour and can only be used once.",
    notYou: "If you did not make this request, ignore this message: your password stays the same.",
  },
  passwordChanged: {
    subject: "Your password has been changed",
    intro: "The password for your account has just been changed. For your security, your other sessions have been signed out.",
    notYou:
      "If you did not make this change, reset your password straight away with ‘Forgotten your password?’ on the sign-in page.",
  },
  invitation: {
    subject: (startupName: string) => `Invitation to manage the profile of ${quote(startupName)}`,
    // inviterName is null when the inviter has no name.
    intro: (inviterName: string | null, startupName: string) =>
      `${inviterName ?? "A team member"} has invited you to manage the profile of ${quote(startupName)} in the ${siteName} directory.`,
    link: "Accept the invitation",
    unexpected: "If you were not expecting this invitation, ignore this message.",
  },
  revisionSubmitted: {
    subject: (startupName: string) => `Submission received for ${quote(startupName)}`,
    intro: (startupName: string) => `We have received your submission for the profile of ${quote(startupName)}.`,
    next: "The moderation team will review it. You will receive an email as soon as a decision has been made.",
  },
  revisionApproved: {
    subject: (startupName: string) => `Profile of ${quote(startupName)}: submission approved`,
    intro: (startupName: string) =>
      `Your submission for the profile of ${quote(startupName)} has been approved by the moderation team. It is now live.`,
    link: "View the profile",
  },
  revisionRejected: {
    subject: (startupName: string) => `Profile of ${quote(startupName)}: submission not accepted`,
    intro: (startupName: string) =>
      `Your submission for the profile of ${quote(startupName)} was not accepted by the moderation team.`,
    next: "You can correct it and submit it again:",
    link: "Edit the profile",
  },
  profileUnpublished: {
    subject: (startupName: string) => `Profile of ${quote(startupName)} removed from the directory`,
    intro: (startupName: string) =>
      `The profile of ${quote(startupName)} has been removed from the directory by the moderation team: it is no longer publicly visible.`,
    contact: `If you think this is a mistake, contact the ${siteName} team.`,
  },
  claimDecided: {
    approvedSubject: (startupName: string) => `Access request for ${quote(startupName)} accepted`,
    approved: (startupName: string) => `Your request for access to the profile of ${quote(startupName)} has been accepted.`,
    approvedNext: "You can now edit it from your space.",
    // The moderator's optional message on an accepted request.
    approvedMessage: (message: string) => `Message from the moderation team:\n${message}`,
    refusedSubject: (startupName: string) => `Access request for ${quote(startupName)} refused`,
    refused: (startupName: string) =>
      `Your request for access to the profile of ${quote(startupName)} was not accepted by the moderation team.`,
  },
} satisfies Dictionary["mail"];
