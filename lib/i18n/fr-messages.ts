// Messages produced by domain code (lib/): refusals, validation and rate-limit messages.
// Part of the French dictionary (lib/i18n/fr.ts, as `fr.messages`).
// fr.ts imports this file, and lib/ modules read it through `fr`: import nothing here but the
// formatters, or the dictionary could be read before it is defined.
import { countOf, formatDate, formatInteger, formatTime } from "./format";

export const frMessages = {
  forms: {
    errorSummary: "Le formulaire contient des erreurs : corrigez les champs signalés.",
    // The database could not be reached (a restart): nothing was saved, what was typed is kept.
    unavailable: "Le service est momentanément indisponible : rien n’a été enregistré. Réessayez dans un instant.",
  },
  // Requests refused before they reach a page (lib/http/request-guards.ts, the sign-in routes).
  requests: {
    malformedPath: "Adresse invalide : elle contient un caractère mal encodé.",
    uriTooLong: (max: number) => `Adresse trop longue : elle dépasse ${countOf(max, "caractère", "caractères")}. Revenez à la page précédente.`,
    foreignOrigin: "Formulaire refusé : il n’a pas été envoyé depuis ce site. Rechargez la page et réessayez.",
    malformedAction: "Requête invalide : rechargez la page et réessayez.",
    bodyTooLarge: "Envoi refusé : il dépasse 3 Mo. Un logo doit faire au plus 2 Mo ; revenez à la page précédente et choisissez un fichier plus léger.",
    invalidCallbackUrl: "Adresse de retour invalide.",
    // A public page while the database cannot be reached (proxy.ts): a 503 the browser shows.
    unavailableTitle: "Service momentanément indisponible",
    unavailable: "Le site est momentanément indisponible. Réessayez dans un instant.",
    signInFormOnly: "Cette adresse reçoit le formulaire de connexion : ouvrez /compte/connexion pour vous connecter.",
  },
  rateLimit: {
    // formatWait (lib/rate-limit.ts) picks the unit and rounds up to a whole number.
    retryInSeconds: (n: number) => `Réessayez dans ${countOf(n, "seconde", "secondes")}.`,
    retryInMinutes: (n: number) => `Réessayez dans ${countOf(n, "minute", "minutes")}.`,
    retryInHours: (n: number) => `Réessayez dans ${countOf(n, "heure", "heures")}.`,
    // `wait` is one of the sentences above.
    signIn: (wait: string) => `Trop de tentatives de connexion. ${wait}`,
    signUp: (wait: string) => `Trop de comptes créés depuis cette connexion. ${wait}`,
    passwordReset: (wait: string) => `Trop de demandes depuis cette connexion. ${wait}`,
    submissions: (wait: string) => `Vous avez soumis trop de fiches aujourd’hui. ${wait}`,
    totp: (wait: string) => `Trop de codes de vérification essayés. ${wait}`,
    signUpEmail: (wait: string) => `Trop d’inscriptions demandées pour cette adresse. ${wait}`,
    passwordResetEmail: (wait: string) => `Trop de demandes de réinitialisation pour cette adresse. ${wait}`,
    verificationResend: (wait: string) => `Vous avez demandé trop de liens de vérification. ${wait}`,
    resetForm: (wait: string) => `Trop de tentatives de réinitialisation depuis cette connexion. ${wait}`,
    invitations: (wait: string) => `Vous avez envoyé trop d’invitations aujourd’hui. ${wait}`,
    claims: (wait: string) => `Vous avez fait trop de demandes de rattachement aujourd’hui. ${wait}`,
    startupCreation: (wait: string) => `Vous avez créé trop de fiches aujourd’hui. ${wait}`,
    // Route handlers and the proxy answer 429 with this text and a Retry-After header.
    tooManyRequests: (wait: string) => `Trop de requêtes depuis cette connexion. ${wait}`,
  },
  auth: {
    credentialsProvider: "Email et mot de passe",
    invalidCredentials: "Adresse email ou mot de passe incorrect.",
    signInUnavailable: "La connexion a échoué. Réessayez dans un instant.",
    emailTaken: "Un compte existe déjà avec cette adresse. Connectez-vous, ou réinitialisez votre mot de passe.",
    passwordTooShort: (min: number) => `Le mot de passe doit contenir au moins ${countOf(min, "caractère", "caractères")}.`,
    passwordTooLong: (max: number) => `Le mot de passe ne doit pas dépasser ${countOf(max, "caractère", "caractères")}.`,
    commonPassword: "Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots.",
    invalidTotp: "Code de vérification incorrect. Saisissez les 6 chiffres affichés par votre application, ou un code de secours.",
    totpAlreadyEnabled: "La double authentification est déjà activée sur ce compte.",
    notVerified: "Confirmez d’abord votre adresse email (lien reçu par mail) pour faire cette demande.",
    invitationOtherAddress: (email: string) => `Cette invitation a été envoyée à ${email}. Connectez-vous avec cette adresse pour l’accepter.`,
  },
  profile: {
    // Field names as the subject of the generic sentences below (`field`).
    fieldNames: {
      name: "Le nom",
      tagline: "L’accroche",
      description: "La description",
      foundedYear: "L’année de création",
      teamSize: "L’effectif",
      fundsRaised: "Le montant levé",
      website: "Le site web",
      linkedin: "La page LinkedIn",
      twitter: "Le compte X",
    },
    required: (field: string) => `${field} est obligatoire.`,
    tooShort: (field: string, min: number) => `${field} doit contenir au moins ${countOf(min, "caractère", "caractères")}.`,
    tooLong: (field: string, max: number) => `${field} ne doit pas dépasser ${countOf(max, "caractère", "caractères")}.`,
    notANumber: (field: string) => `${field} doit être un nombre.`,
    notAnInteger: (field: string) => `${field} doit être un nombre entier.`,
    tooSmall: (field: string, min: number) => `${field} doit être au moins ${formatInteger(min)}.`,
    tooLarge: (field: string, max: number) => `${field} doit être au plus ${formatInteger(max)}.`,
    addressTooLong: (field: string) => `${field} est trop long.`,
    communeRequired: "Choisissez la commune où est implantée la startup.",
    communeNotInList: "Choisissez une commune de Caen la Mer, Le Havre Seine Métropole ou Métropole Rouen Normandie dans la liste.",
    communeAmbiguous: (labels: readonly string[]) => `Plusieurs communes correspondent : ${labels.join(" ; ")}. Choisissez-en une.`,
    communeOutside: "Cette commune n’appartient à aucune des trois métropoles.",
    sectorsMin: "Choisissez au moins un secteur.",
    sectorsMax: (max: number) => `Choisissez au plus ${countOf(max, "secteur", "secteurs")}.`,
    unknownSector: "Secteur inconnu.",
    stageRequired: "Choisissez un stade de développement.",
    websiteInvalid: "Indiquez une adresse web valide, par exemple https://www.exemple.fr.",
    linkedinInvalid: "Indiquez l’adresse d’une page entreprise LinkedIn, par exemple https://www.linkedin.com/company/ma-startup.",
    twitterInvalid: "Indiquez l’adresse d’un compte X, par exemple https://x.com/mastartup.",
    sirenFormat: "Le SIREN compte 9 chiffres.",
    sirenChecksum: "Ce numéro SIREN n’est pas valide (clé de contrôle incorrecte).",
    sirenTaken: "Ce SIREN est déjà celui d’une autre startup de l’annuaire.",
  },
  revisions: {
    pending: "Votre fiche est en cours de relecture. Retirez-la de la relecture pour la modifier.",
    emailNotVerified: "Confirmez d’abord votre adresse email : le lien vous a été envoyé à l’inscription.",
    noDraft: "Il n’y a aucun brouillon à soumettre : modifiez d’abord la fiche.",
    alreadyPending: "Cette fiche est déjà en cours de relecture.",
    draftChanged: "Ce brouillon vient d’être modifié ailleurs. Rechargez la page.",
    nothingToWithdraw: "Aucune soumission en cours à retirer.",
    decidedMeanwhile: "Cette soumission vient d’être traitée par l’équipe de modération.",
  },
  logo: {
    empty: "Choisissez un fichier image.",
    tooBig: "Le logo ne doit pas dépasser 2 Mo.",
    badType: "Le logo doit être une image PNG, JPEG ou WebP.",
    unreadable: "Cette image est illisible ou corrompue.",
    tooManyPixels: "Cette image est trop grande : 2048 × 2048 pixels au plus suffisent pour un logo.",
  },
  claims: {
    ownClaim: "Vous ne pouvez pas approuver votre propre demande d’accès : un autre modérateur doit la traiter.",
    alreadyMember: "Vous faites déjà partie de l’équipe de cette startup.",
    alreadyRequested: "Vous avez déjà une demande d’accès en attente pour cette fiche.",
    reasonTooShort: (min: number) => `Expliquez le refus en au moins ${countOf(min, "caractère", "caractères")}.`,
    alreadyDecided: "Cette demande a déjà été traitée.",
  },
  team: {
    alreadyMember: "Cette personne fait déjà partie de l’équipe.",
    invitationInvalid: "Ce lien d’invitation n’est plus valable : il a déjà servi ou a expiré. Demandez-en un nouveau.",
    // The token in the link is not even well formed (truncated when copied, for instance).
    invitationMalformed: "Ce lien d’invitation n’est pas valable.",
    cannotRemoveSelf: "Vous ne pouvez pas vous retirer vous-même de l’équipe.",
  },
  moderation: {
    sirenHeld: (name: string) => `Ce SIREN est déjà celui de la fiche « ${name} ». Refusez cette soumission, ou rattachez l’équipe à cette fiche.`,
    ownSubmission: "Vous ne pouvez pas approuver une fiche que vous avez rédigée ou dont vous êtes membre : un autre modérateur doit la relire.",
    rejectionReasonTooShort: (min: number) => `Expliquez le refus en au moins ${countOf(min, "caractère", "caractères")} : la startup le lira.`,
    noLongerPending: "Cette soumission n’est plus en attente de relecture.",
    alreadyDecidedBy: (who: string, decidedAt: Date) =>
      `Cette soumission a déjà été traitée par ${who} le ${formatDate(decidedAt)} à ${formatTime(decidedAt)}.`,
    liveChanged: "La fiche publiée a changé depuis cette soumission : elle doit être revue à partir de la version actuelle.",
    editNotPending: "Cette soumission n’est plus en attente : elle ne peut plus être corrigée.",
    unpublishReasonTooShort: (min: number) => `Expliquez la dépublication en au moins ${countOf(min, "caractère", "caractères")} : la startup le lira.`,
    notPublished: "Cette fiche n’est pas publiée.",
    notUnpublished: "Cette fiche n’est pas dépubliée.",
    restoreNotApproved: "Seule une version validée peut être restaurée.",
    restoreAlreadyLive: "C’est déjà la version publiée.",
    // Stored as the review note of the restored copy.
    restoreNote: (revisionId: string) => `Restauration de la version ${revisionId}`,
  },
  users: {
    lastAdmin: "Impossible : c’est le dernier administrateur.",
  },
  sectors: {
    nameFr: "Nom français",
    nameEn: "Nom anglais",
    nameLength: (field: string, min: number, max: number) => `${field} : entre ${min} et ${max} caractères.`,
    nameTaken: "Un secteur porte déjà ce nom.",
    mergeSame: "Choisissez deux secteurs différents.",
  },
  import: {
    // What each column of the import file holds (the column names themselves are in lib/admin/import.ts).
    columns: {
      name: "Nom de la startup (obligatoire)",
      tagline: "Une phrase, 10 à 160 caractères (obligatoire)",
      description: "Texte simple, 50 à 4 000 caractères (obligatoire)",
      commune: "Code INSEE (14118), nom (Hérouville-Saint-Clair) ou code postal propre à une commune des trois métropoles (obligatoire)",
      sectors: "Identifiants des secteurs séparés par | (1 à 3), par exemple ia-data|edtech",
      foundedYear: "Année, par exemple 2019",
      teamSize: "Nombre de personnes",
      fundsRaised: "Montant en euros, vide si aucun",
      stage: "idea, prototype, seed, series_a, growth ou mature",
      hiring: "oui ou non",
      website: "Adresse du site (facultatif)",
      linkedin: "Page entreprise LinkedIn (facultatif)",
      twitter: "Compte X (facultatif)",
      siren: "9 chiffres (facultatif)",
    },
    // `field` is the form field in error, or `wholeRow` when the error is not about one field.
    rowError: (field: string, message: string) => `${field} : ${message}`,
    wholeRow: "ligne",
    alreadyInDirectory: (name: string) => `${name} (déjà dans l’annuaire)`,
    sameFileLine: (line: number) => `ligne ${line} du fichier`,
  },
  api: {
    invalidParameters: "Paramètres invalides.",
    unknownParameter: "Paramètre inconnu.",
    repeatedParameter: "Ce paramètre ne peut être donné qu’une fois.",
    unknownValue: (unknown: readonly string[], allowed: readonly string[]) =>
      `Valeur inconnue : ${unknown.join(", ")}. Valeurs possibles : ${allowed.join(", ")}.`,
    queryTooLong: (max: number) => `Au plus ${countOf(max, "caractère", "caractères")}.`,
    communeCode: "Code INSEE de commune attendu (5 caractères).",
    hiringValue: "Valeur attendue : 1 ou 0.",
    yearRange: (min: number, max: number) => `Année entre ${min} et ${max} attendue.`,
    integerRange: (min: number, max: number) => `Entier entre ${min} et ${max} attendu.`,
    allowedValues: (allowed: readonly string[]) => `Valeurs possibles : ${allowed.join(", ")}.`,
    requiredAllowedValues: (allowed: readonly string[]) => `Obligatoire. Valeurs possibles : ${allowed.join(", ")}.`,
  },
  charts: {
    showData: "Voir les données",
  },
} as const;
