// Mails: subjects and bodies (lib/mail/templates.ts).
// Part of the French dictionary (lib/i18n/fr.ts, as `fr.mail`).
// Text only: lib/mail/templates.ts builds the text and HTML parts, escapes every value and puts
// startup and person names on one line before passing them here.

// Same as fr.site.name, repeated because this file cannot import ./fr (circular import).
const siteName = "Normandy French Tech";

// French quotes around a startup name, with non-breaking spaces so « » stay attached.
const quote = (name: string) => `«\u00a0${name}\u00a0»`;

export const frMail = {
  // Shared by every mail.
  common: {
    greeting: "Bonjour,",
    greetingNamed: (name: string) => `Bonjour ${name},`,
    signature: `L’équipe ${siteName}`,
    notice: "Ceci est un message automatique, merci de ne pas y répondre.",
    // A link in the plain-text part.
    linkText: (label: string, url: string) => `${label} : ${url}`,
    // Under a link button in the HTML part, followed by the URL.
    linkFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:",
    reason: (reason: string) => `Motif :\n${reason}`,
  },
  verifyEmail: {
    subject: "Confirmez votre adresse e-mail",
    intro: `Bienvenue sur l’annuaire ${siteName} ! Pour activer votre compte, confirmez votre adresse e-mail en ouvrant ce lien :`,
    link: "Confirmer mon adresse e-mail",
    notYou: "Si vous n’avez pas créé de compte, ignorez simplement ce message.",
  },
  resetPassword: {
    subject: "Réinitialisation de votre mot de passe",
    intro: "Vous avez demandé à réinitialiser le mot de passe de votre compte. Pour en choisir un nouveau, ouvrez ce lien :",
    link: "Choisir un nouveau mot de passe",
    validity: "Ce lien est valable 1 heure et ne peut être utilisé qu’une seule fois.",
    notYou: "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
  },
  passwordChanged: {
    subject: "Votre mot de passe a été modifié",
    intro: "Le mot de passe de votre compte vient d’être modifié. Par sécurité, vos autres sessions ont été déconnectées.",
    notYou:
      "Si vous n’êtes pas à l’origine de ce changement, réinitialisez immédiatement votre mot de passe avec « Mot de passe oublié » sur la page de connexion.",
  },
  invitation: {
    subject: (startupName: string) => `Invitation à gérer la fiche ${quote(startupName)}`,
    // inviterName is null when the inviter has no name.
    intro: (inviterName: string | null, startupName: string) =>
      `${inviterName ?? "Un membre de l’équipe"} vous invite à gérer la fiche ${quote(startupName)} sur l’annuaire ${siteName}.`,
    link: "Accepter l’invitation",
    unexpected: "Si vous ne vous attendiez pas à cette invitation, ignorez ce message.",
  },
  revisionSubmitted: {
    subject: (startupName: string) => `Proposition reçue pour ${quote(startupName)}`,
    intro: (startupName: string) => `Nous avons bien reçu votre proposition pour la fiche ${quote(startupName)}.`,
    next: "Elle va être examinée par l’équipe de modération. Vous recevrez un e-mail dès qu’une décision aura été prise.",
  },
  revisionApproved: {
    subject: (startupName: string) => `Fiche ${quote(startupName)} : proposition validée`,
    intro: (startupName: string) =>
      `Votre proposition pour la fiche ${quote(startupName)} a été validée par l’équipe de modération. Elle est maintenant en ligne.`,
    link: "Voir la fiche",
  },
  revisionRejected: {
    subject: (startupName: string) => `Fiche ${quote(startupName)} : proposition non retenue`,
    intro: (startupName: string) =>
      `Votre proposition pour la fiche ${quote(startupName)} n’a pas été retenue par l’équipe de modération.`,
    next: "Vous pouvez la corriger et la soumettre à nouveau :",
    link: "Modifier la fiche",
  },
  profileUnpublished: {
    subject: (startupName: string) => `Fiche ${quote(startupName)} retirée de l’annuaire`,
    intro: (startupName: string) =>
      `La fiche ${quote(startupName)} a été retirée de l’annuaire par l’équipe de modération : elle n’est plus visible publiquement.`,
    contact: `Si vous pensez qu’il s’agit d’une erreur, contactez l’équipe ${siteName}.`,
  },
  claimDecided: {
    approvedSubject: (startupName: string) => `Demande d’accès à ${quote(startupName)} acceptée`,
    approved: (startupName: string) => `Votre demande d’accès à la fiche ${quote(startupName)} a été acceptée.`,
    approvedNext: "Vous pouvez désormais la modifier depuis votre espace.",
    // The moderator's optional message on an accepted request.
    approvedMessage: (message: string) => `Message de l’équipe de modération :\n${message}`,
    refusedSubject: (startupName: string) => `Demande d’accès à ${quote(startupName)} refusée`,
    refused: (startupName: string) =>
      `Votre demande d’accès à la fiche ${quote(startupName)} n’a pas été acceptée par l’équipe de modération.`,
  },
} as const;
