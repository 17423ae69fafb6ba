// The events agenda, in French: public pages, the member's form, moderation, mails and messages.
// Part of the French dictionary (lib/i18n/fr.ts, as `fr.events`). Import nothing but the formatters.
import { countOf, formatDate, formatTime } from "./format";

/** "28 mars 2026, 18:30 – 21:00", "24 octobre 2026 – 25 octobre 2026", Paris time. `end` is exclusive. */
function when(start: Date, end: Date, allDay: boolean): string {
  if (allDay) {
    const last = new Date(end.getTime() - 1);
    const [first, final] = [formatDate(start), formatDate(last)];
    return first === final ? first : `${first} – ${final}`;
  }
  const [startDay, endDay] = [formatDate(start), formatDate(end)];
  return startDay === endDay
    ? `${startDay}, ${formatTime(start)} – ${formatTime(end)}`
    : `${startDay}, ${formatTime(start)} – ${endDay}, ${formatTime(end)}`;
}

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

/** "mars 2026" for "2026-03". */
function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T12:00:00Z`));
}

export const frEvents = {
  monthLabel,
  nav: "Événements",
  when,
  type: {
    meetup: "Meetup",
    conference: "Conférence",
    workshop: "Atelier",
    hackathon: "Hackathon",
    fair: "Salon",
    demo_day: "Demo day",
    other: "Autre",
  },
  list: {
    title: "Événements",
    intro: "Meetups, conférences, ateliers, hackathons et demo days de l’écosystème Normandy French Tech.",
    upcoming: "À venir",
    past: (year: number) => `Événements passés en ${year}`,
    pastYears: "Années passées",
    none: "Aucun événement à venir ne correspond à ces filtres.",
    nonePast: "Aucun événement cette année-là.",
    count: (n: number) => countOf(n, "événement", "événements"),
    filters: "Filtrer les événements",
    metropolis: "Métropole",
    allMetropolises: "Toutes les métropoles",
    type: "Type",
    allTypes: "Tous les types",
    month: "Mois",
    allMonths: "Tous les mois",
    freeOnly: "Gratuits uniquement",
    apply: "Filtrer",
    reset: "Effacer les filtres",
    subscribe: "S’abonner à ces événements (iCalendar)",
    subscribeHelp: "Ajoutez ce lien à votre agenda (Google Agenda, Outlook, Calendrier) pour suivre les événements à venir de cette sélection.",
    propose: "Proposer un événement",
  },
  card: {
    cancelled: "Annulé",
    online: "En ligne",
    free: "Gratuit",
    paid: "Payant",
    allDay: "Toute la journée",
  },
  page: {
    back: "Tous les événements",
    when: "Quand",
    where: "Où",
    organiser: "Organisateur",
    price: "Tarif",
    type: "Type",
    link: "Site de l’événement",
    onlineLink: "Rejoindre en ligne",
    download: "Ajouter à mon agenda (.ics)",
    cancelledNotice: "Cet événement est annulé.",
    description: "Présentation",
  },
  form: {
    title: "Titre",
    type: "Type",
    allDay: "Toute la journée",
    startDate: "Date de début",
    startTime: "Heure de début",
    endDate: "Date de fin",
    endTime: "Heure de fin",
    timeHelp: "Heure de Paris.",
    place: "Lieu",
    placeCommune: "Dans une commune de la métropole",
    placeOnline: "En ligne",
    commune: "Commune",
    chooseCommune: "Choisissez une commune",
    address: "Adresse",
    onlineUrl: "Lien de l’événement en ligne",
    description: "Description",
    organiser: "Organisateur",
    organiserStartup: "Startup organisatrice (facultatif)",
    noStartup: "Aucune",
    link: "Lien (inscription, programme)",
    free: "Gratuit",
    submit: "Envoyer pour relecture",
    submitStaff: "Publier l’événement",
  },
  space: {
    title: "Mes événements",
    intro: "Proposez un événement de l’écosystème : l’équipe de modération le relit avant sa publication.",
    propose: "Proposer un événement",
    edit: "Modifier l’événement",
    editIntro: "Vos modifications sont relues avant publication ; la version en ligne reste inchangée d’ici là.",
    mine: "Mes propositions",
    none: "Vous n’avez encore proposé aucun événement.",
    status: { pending: "En attente de relecture", approved: "Publié", rejected: "Refusé" },
    reason: (reason: string) => `Motif : ${reason}`,
    proposed: "Merci ! Votre proposition a été envoyée à l’équipe de modération.",
    verifyFirst: "Confirmez votre adresse email pour proposer un événement.",
  },
  admin: {
    title: "Événements à relire",
    none: "Aucune proposition d’événement en attente.",
    newEvent: "Nouvel événement",
    editOf: (title: string) => `Modification de « ${title} »`,
    by: (who: string) => `Proposé par ${who}`,
    approve: "Approuver",
    reject: "Refuser",
    reason: "Motif du refus (envoyé à l’auteur)",
    create: "Créer un événement",
    published: "Événements publiés",
    cancel: "Annuler l’événement",
    cancelled: "Annulé",
    navLink: "Événements",
  },
  messages: {
    titleLength: "Le titre doit contenir entre 3 et 120 caractères.",
    descriptionLength: "La description doit contenir entre 20 et 5 000 caractères.",
    organiserLength: "L’organisateur doit contenir entre 2 et 120 caractères.",
    date: "Indiquez une date valide.",
    time: "Indiquez une heure valide (HH:MM).",
    endBeforeStart: "La fin doit être après le début.",
    commune: "Choisissez une commune de l’une des trois métropoles.",
    address: "Indiquez l’adresse (200 caractères au plus).",
    url: "Indiquez une adresse web complète, commençant par https://.",
    type: "Choisissez un type d’événement.",
    startup: "Cette startup n’est pas dans l’annuaire.",
    unverified: "Confirmez votre adresse email avant de proposer un événement.",
    editPending: "Une modification de cet événement est déjà en attente de relecture.",
    alreadyDecided: "Cette proposition a déjà été traitée.",
    reasonTooShort: (min: number) => `Expliquez le refus en ${countOf(min, "caractère", "caractères")} au moins.`,
    alreadyCancelled: "Cet événement est déjà annulé.",
  },
  mail: {
    rejectedSubject: (title: string) => `Votre proposition d’événement « ${title} » n’a pas été retenue`,
    rejected: (title: string) => `L’équipe de modération n’a pas retenu votre proposition d’événement « ${title} ».`,
    approvedSubject: (title: string) => `Votre événement « ${title} » est publié`,
    approved: (title: string) => `Votre événement « ${title} » est désormais publié dans l’agenda.`,
    view: "Voir l’événement",
  },
  api: {
    invalidValue: "Valeur invalide pour ce paramètre.",
    positiveInteger: (max: number) => `Entier attendu, entre 1 et ${max}.`,
  },
  ical: {
    calendarName: "Normandy French Tech : événements",
    cancelledPrefix: "ANNULÉ : ",
  },
  stats: {
    title: "Événements",
    perYear: "Événements par année",
    perMetropolis: "Événements par métropole",
    online: "En ligne",
    note2014: "En 2014, l’écosystème comptait « près de 156 événements et animations » (dossier de candidature au label).",
    year: "Année",
    place: "Lieu",
    count: "Événements",
    yearSummary: (total: number, years: number) => `${countOf(total, "événement publié", "événements publiés")} sur ${countOf(years, "année", "années")}.`,
    metropolisSummary: (top: string) => `La plupart des événements ont lieu à ${top}.`,
  },
};
