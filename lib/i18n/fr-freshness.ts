// Fresh profiles, in French: the confirmation date, the team's "rien n'a changé", the reminder
// mails and their links, the "à vérifier" badge, the directory filter, the moderators' list and
// the statistics note. Part of the French dictionary (lib/i18n/fr.ts, as `fr.freshness`).
// Import nothing but the formatters.
import { formatInteger } from "./format";

const quote = (name: string) => `«\u00a0${name}\u00a0»`;

export const frFreshness = {
  /** On the public profile; `date` is a long French date. */
  confirmedOn: (date: string) => `Informations confirmées par la startup le ${date}`,
  neverConfirmed: "Informations pas encore confirmées par la startup",
  staleBadge: "À vérifier",
  /** Read by screen readers after the badge: the badge's meaning, not only its colour. */
  staleExplanation: "Cette fiche n’a pas été confirmée par la startup depuis plus de 18 mois : certaines informations peuvent être dépassées.",
  staleCardLabel: "Fiche à vérifier : non confirmée depuis plus de 18 mois",
  filter: {
    legend: "Fraîcheur des informations",
    any: "Toutes les fiches",
    options: {
      "6m": "Confirmées depuis moins de 6 mois",
      "12m": "Confirmées depuis moins de 12 mois",
      "18m": "Confirmées depuis moins de 18 mois",
    } as Record<string, string>,
    /** The active-filter chip. */
    chip: (months: number) => `Confirmées depuis moins de ${months} mois`,
  },
  space: {
    title: "Fraîcheur de la fiche",
    confirmedOn: (date: string) => `Informations confirmées le ${date}.`,
    neverConfirmed: "Cette fiche n’a pas encore été confirmée.",
    explain: "Si rien n’a changé, confirmez-le en un clic : la date de confirmation de la fiche publique est mise à jour, sans relecture par la modération.",
    staleWarning: "La fiche n’a pas été confirmée depuis plus de 18 mois : elle est signalée « à vérifier » dans l’annuaire.",
    confirm: "Rien n’a changé : confirmer la fiche",
    confirmed: "Merci ! La fiche est confirmée à la date d’aujourd’hui.",
    notPublished: "Seule une fiche publiée peut être confirmée.",
  },
  link: {
    title: "Confirmer la fiche",
    intro: "Vous avez reçu un rappel : si les informations de la fiche sont toujours exactes, confirmez-le ci-dessous.",
    button: "Rien n’a changé : confirmer la fiche",
    confirmed: (name: string) => `Merci ! La fiche ${quote(name)} est confirmée à la date d’aujourd’hui.`,
    already: (name: string) => `La fiche ${quote(name)} a déjà été confirmée depuis l’envoi de ce rappel : il n’y a plus rien à faire.`,
    invalid: "Ce lien de confirmation n’est pas valable. Vérifiez qu’il a été copié en entier, ou confirmez la fiche depuis votre espace startup.",
    used: "Ce lien de confirmation a déjà été utilisé. Vous pouvez confirmer la fiche à nouveau depuis votre espace startup.",
    expired: "Ce lien de confirmation a expiré. Confirmez la fiche depuis votre espace startup.",
    unavailable: "Cette fiche ne peut plus être confirmée par ce lien (elle n’est plus publiée, ou vous ne faites plus partie de son équipe).",
    viewProfile: "Voir la fiche publique",
    space: "Aller à mon espace startup",
  },
  mail: {
    firstSubject: (name: string) => `La fiche ${quote(name)} est-elle toujours à jour ?`,
    secondSubject: (name: string) => `Rappel : la fiche ${quote(name)} est-elle toujours à jour ?`,
    intro: (name: string, date: string) => `Les informations de la fiche ${quote(name)} ont été confirmées pour la dernière fois le ${date}.`,
    ask: "Sont-elles toujours exactes ? Un clic suffit pour le confirmer, sans nouvelle relecture.",
    confirm: "Rien n’a changé",
    update: "Mettre à jour la fiche",
    stale: "Sans confirmation, la fiche sera signalée « à vérifier » dans l’annuaire 18 mois après la dernière confirmation.",
    validity: "Le lien « Rien n’a changé » ne sert qu’une fois et reste valable 120 jours. « Mettre à jour » vous demandera de vous connecter.",
  },
  admin: {
    navLink: "Fiches à vérifier",
    title: "Fiches à vérifier",
    intro: "Les fiches publiées que leur équipe n’a pas confirmées depuis plus de 18 mois, les plus anciennes d’abord. Elles portent le badge « à vérifier » dans l’annuaire.",
    empty: "Aucune fiche à vérifier : toutes les fiches publiées ont été confirmées depuis moins de 18 mois.",
    count: (n: number) => (n === 1 ? "1 fiche à vérifier" : `${formatInteger(n)} fiches à vérifier`),
    name: "Fiche",
    confirmedAt: "Dernière confirmation",
    reminders: "Rappels envoyés",
    never: "jamais",
  },
  stats: {
    /** The methodology note; `share` is a French percentage. */
    share: (share: string, confirmed: number, total: number) =>
      `Fraîcheur : ${share} des fiches publiées (${formatInteger(confirmed)} sur ${formatInteger(total)}) ont été confirmées par leur startup au cours des 12 derniers mois, par une mise à jour validée ou un simple « rien n’a changé ».`,
  },
};
