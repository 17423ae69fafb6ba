// Messages produced by domain code (lib/): refusals, validation and rate-limit messages, in
// English. Part of the English dictionary (lib/i18n/en.ts, as `en.messages`); mirrors
// ./fr-messages. Import nothing here but the formatters.
import type { Dictionary } from "./dictionary";
import { countOf, formatDateEn, formatIntegerEn, formatTimeEn, plural } from "./format-en";

export const enMessages = {
  forms: {
    errorSummary: "The form contains errors: correct the fields marked below.",
    // The database could not be reached (a restart): nothing was saved, what was typed is kept.
    unavailable: "The service is temporarily unavailable: nothing was saved. Try again in a moment.",
  },
  // Requests refused before they reach a page (lib/http/request-guards.ts, the sign-in routes).
  requests: {
    malformedPath: "Invalid address: it contains a badly encoded character.",
    uriTooLong: (max: number) => `Address too long: it is more than ${countOf(max, "character", "characters")}. Go back to the previous page.`,
    foreignOrigin: "Form refused: it was not sent from this site. Reload the page and try again.",
    malformedAction: "Invalid request: reload the page and try again.",
    bodyTooLarge: "Upload refused: it is larger than 3 MB. A logo must be 2 MB at most; go back to the previous page and choose a smaller file.",
    invalidCallbackUrl: "Invalid return address.",
    // A public page while the database cannot be reached (proxy.ts): a 503 the browser shows.
    unavailableTitle: "Service temporarily unavailable",
    unavailable: "The site is temporarily unavailable. Try again in a moment.",
    signInFormOnly: "This address receives the sign-in form: open /compte/connexion to sign in.",
  },
  rateLimit: {
    // formatWait (lib/rate-limit.ts) picks the unit and rounds up to a whole number.
    retryInSeconds: (n: number) => `Try again in ${countOf(n, "second", "seconds")}.`,
    retryInMinutes: (n: number) => `Try again in ${countOf(n, "minute", "minutes")}.`,
    retryInHours: (n: number) => `Try again in ${countOf(n, "hour", "hours")}.`,
    // `wait` is one of the sentences above.
    signIn: (wait: string) => `Too many sign-in attempts. ${wait}`,
    signUp: (wait: string) => `Too many accounts created from this connection. ${wait}`,
    passwordReset: (wait: string) => `Too many requests from this connection. ${wait}`,
    submissions: (wait: string) => `You have submitted too many profiles today. ${wait}`,
    totp: (wait: string) => `Too many verification codes tried. ${wait}`,
    signUpEmail: (wait: string) => `Too many sign-ups requested for this address. ${wait}`,
    passwordResetEmail: (wait: string) => `Too many reset requests for this address. ${wait}`,
    verificationResend: (wait: string) => `You have requested too many verification links. ${wait}`,
    resetForm: (wait: string) => `Too many reset attempts from this connection. ${wait}`,
    invitations: (wait: string) => `You have sent too many invitations today. ${wait}`,
    claims: (wait: string) => `You have made too many access requests today. ${wait}`,
    startupCreation: (wait: string) => `You have created too many profiles today. ${wait}`,
    // Route handlers and the proxy answer 429 with this text and a Retry-After header.
    tooManyRequests: (wait: string) => `Too many requests from this connection. ${wait}`,
  },
  auth: {
    credentialsProvider: "Email and password",
    invalidCredentials: "Incorrect email address or password.",
    signInUnavailable: "Sign-in failed. Try again in a moment.",
    emailTaken: "An account already exists with this address. Sign in, or reset your password.",
    passwordTooShort: (min: number) => `The password must be at least ${countOf(min, "character", "characters")} long.`,
    passwordTooLong: (max: number) => `The password must not be longer than ${countOf(max, "character", "characters")}.`,
    commonPassword: "This password is too common: choose another one, such as a sentence of several words.",
    invalidTotp: "Incorrect verification code. Enter the 6 digits shown by your app, or a recovery code.",
    totpAlreadyEnabled: "Two-factor authentication is already enabled on this account.",
    notVerified: "First confirm your email address (with the link you received by email) to make this request.",
    invitationOtherAddress: (email: string) => `This invitation was sent to ${email}. Sign in with that address to accept it.`,
  },
  profile: {
    // Field names as the subject of the generic sentences below (`field`).
    fieldNames: {
      name: "The name",
      tagline: "The tagline",
      description: "The description",
      foundedYear: "The year founded",
      teamSize: "The team size",
      fundsRaised: "The amount raised",
      website: "The website",
      linkedin: "The LinkedIn page",
      twitter: "The X account",
    },
    required: (field: string) => `${field} is required.`,
    tooShort: (field: string, min: number) => `${field} must be at least ${countOf(min, "character", "characters")} long.`,
    tooLong: (field: string, max: number) => `${field} must not be longer than ${countOf(max, "character", "characters")}.`,
    notANumber: (field: string) => `${field} must be a number.`,
    notAnInteger: (field: string) => `${field} must be a whole number.`,
    tooSmall: (field: string, min: number) => `${field} must be at least ${formatIntegerEn(min)}.`,
    tooLarge: (field: string, max: number) => `${field} must be at most ${formatIntegerEn(max)}.`,
    addressTooLong: (field: string) => `${field} is too long.`,
    communeRequired: "Choose the municipality where the startup is based.",
    communeNotInList: "Choose a municipality in Caen la Mer, Le Havre Seine Métropole or Métropole Rouen Normandie from the list.",
    communeAmbiguous: (labels: readonly string[]) => `Several municipalities match: ${labels.join("; ")}. Choose one.`,
    communeOutside: "This municipality does not belong to any of the three metropolitan areas.",
    sectorsMin: "Choose at least one sector.",
    sectorsMax: (max: number) => `Choose at most ${countOf(max, "sector", "sectors")}.`,
    unknownSector: "Unknown sector.",
    stageRequired: "Choose a development stage.",
    websiteInvalid: "Enter a valid web address, such as https://www.example.com.",
    linkedinInvalid: "Enter the address of a LinkedIn company page, such as https://www.linkedin.com/company/my-startup.",
    twitterInvalid: "Enter the address of an X account, such as https://x.com/mystartup.",
    sirenFormat: "A SIREN number has 9 digits.",
    sirenChecksum: "This SIREN number is not valid (incorrect check digit).",
    sirenTaken: "This SIREN number already belongs to another startup in the directory.",
  },
  revisions: {
    pending: "Your profile is being reviewed. Withdraw it from review to edit it.",
    emailNotVerified: "First confirm your email address: the link was sent to you when you signed up.",
    noDraft: "There is no draft to submit: edit the profile first.",
    alreadyPending: "This profile is already being reviewed.",
    draftChanged: "This draft has just been changed elsewhere. Reload the page.",
    nothingToWithdraw: "There is no submission under review to withdraw.",
    decidedMeanwhile: "The moderation team has just dealt with this submission.",
  },
  logo: {
    empty: "Choose an image file.",
    tooBig: "The logo must not be larger than 2 MB.",
    badType: "The logo must be a PNG, JPEG or WebP image.",
    unreadable: "This image is unreadable or corrupted.",
    tooManyPixels: "This image is too large: 2048 × 2048 pixels at most is plenty for a logo.",
  },
  claims: {
    ownClaim: "You cannot approve your own access request: another moderator must deal with it.",
    alreadyMember: "You are already on this startup’s team.",
    alreadyRequested: "You already have a pending access request for this profile.",
    reasonTooShort: (min: number) => `Explain the refusal in at least ${countOf(min, "character", "characters")}.`,
    alreadyDecided: "This request has already been dealt with.",
  },
  team: {
    alreadyMember: "This person is already on the team.",
    invitationInvalid: "This invitation link is no longer valid: it has already been used or has expired. Ask for a new one.",
    invitationMalformed: "This invitation link is not valid.",
    cannotRemoveSelf: "You cannot remove yourself from the team.",
  },
  moderation: {
    sirenHeld: (name: string) =>
      `This SIREN number already belongs to the profile ‘${name}’. Reject this submission, or attach the team to that profile.`,
    ownSubmission: "You cannot approve a profile that you wrote or whose team you belong to: another moderator must review it.",
    rejectionReasonTooShort: (min: number) =>
      `Explain the rejection in at least ${countOf(min, "character", "characters")}: the startup will read it.`,
    noLongerPending: "This submission is no longer pending review.",
    alreadyDecidedBy: (who: string, decidedAt: Date) =>
      `This submission was already dealt with by ${who} on ${formatDateEn(decidedAt)} at ${formatTimeEn(decidedAt)}.`,
    liveChanged: "The published profile has changed since this submission: it must be reviewed against the current version.",
    editNotPending: "This submission is no longer pending: it can no longer be corrected.",
    unpublishReasonTooShort: (min: number) =>
      `Explain why the profile is being unpublished in at least ${countOf(min, "character", "characters")}: the startup will read it.`,
    notPublished: "This profile is not published.",
    notUnpublished: "This profile is not unpublished.",
    restoreNotApproved: "Only an approved version can be restored.",
    restoreAlreadyLive: "This is already the published version.",
    // Stored as the review note of the restored copy.
    restoreNote: (revisionId: string) => `Restored from version ${revisionId}`,
  },
  users: {
    lastAdmin: "Not possible: this is the last administrator.",
  },
  sectors: {
    nameFr: "French name",
    nameEn: "English name",
    nameLength: (field: string, min: number, max: number) => `${field}: between ${min} and ${max} characters.`,
    nameTaken: "A sector already has this name.",
    mergeSame: "Choose two different sectors.",
  },
  import: {
    // What each column of the import file holds (the column names themselves are in lib/admin/import.ts).
    columns: {
      name: "Name of the startup (required)",
      tagline: "One sentence, 10 to 160 characters (required)",
      description: "Plain text, 50 to 4,000 characters (required)",
      commune:
        "INSEE code (14118), name (Hérouville-Saint-Clair) or a postcode used by only one municipality, in one of the three metropolitan areas (required)",
      sectors: "Sector IDs separated by | (1 to 3), such as ia-data|edtech",
      foundedYear: "Year, such as 2019",
      teamSize: "Number of people",
      fundsRaised: "Amount in euros, empty if none",
      stage: "idea, prototype, seed, series_a, growth or mature",
      hiring: "yes or no (oui and non are accepted too)",
      website: "Website address (optional)",
      linkedin: "LinkedIn company page (optional)",
      twitter: "X account (optional)",
      siren: "9 digits (optional)",
    },
    // `field` is the form field in error, or `wholeRow` when the error is not about one field.
    rowError: (field: string, message: string) => `${field}: ${message}`,
    wholeRow: "row",
    alreadyInDirectory: (name: string) => `${name} (already in the directory)`,
    sameFileLine: (line: number) => `row ${line} of the file`,
  },
  api: {
    invalidParameters: "Invalid parameters.",
    unknownParameter: "Unknown parameter.",
    repeatedParameter: "This parameter can only be given once.",
    unknownValue: (unknown: readonly string[], allowed: readonly string[]) =>
      `Unknown ${plural(unknown.length, "value", "values")}: ${unknown.join(", ")}. Allowed values: ${allowed.join(", ")}.`,
    queryTooLong: (max: number) => `At most ${countOf(max, "character", "characters")}.`,
    communeCode: "Expected a municipality INSEE code (5 characters).",
    hiringValue: "Expected value: 1 or 0.",
    yearRange: (min: number, max: number) => `Expected a year between ${min} and ${max}.`,
    integerRange: (min: number, max: number) => `Expected a whole number between ${min} and ${max}.`,
    allowedValues: (allowed: readonly string[]) => `Allowed values: ${allowed.join(", ")}.`,
    requiredAllowedValues: (allowed: readonly string[]) => `Required. Allowed values: ${allowed.join(", ")}.`,
  },
  charts: {
    showData: "Show the data",
  },
} satisfies Dictionary["messages"];
