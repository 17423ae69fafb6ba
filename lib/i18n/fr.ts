// Every user-facing string of the public site, in French. A later issue adds `en.ts` with the
// same shape and picks the dictionary per request; keep components free of literal text.
import type { Metropolis, Stage, TeamBandId } from "@/lib/startups/options";

// Formatters are built once: toLocaleString() builds a new Intl formatter on every call, which
// costs milliseconds on a page that shows hundreds of counts.
const integerFormat = new Intl.NumberFormat("fr-FR");
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

export const fr = {
  site: {
    name: "Normandy French Tech",
    tagline: "L’annuaire des startups de Caen, Le Havre et Rouen",
    description:
      "Trouvez les startups de l’écosystème Normandy French Tech : Caen la Mer, Le Havre Seine Métropole et Métropole Rouen Normandie.",
    skipToContent: "Aller au contenu",
    mainNav: "Navigation principale",
    nav: { directory: "Annuaire", about: "À propos" },
    footer: "Normandy French Tech : Caen, Le Havre et Rouen, labellisées ensemble en juin 2015.",
    footerNav: "Liens de pied de page",
  },
  metropolis: { caen: "Caen", "le-havre": "Le Havre", rouen: "Rouen" } satisfies Record<Metropolis, string>,
  metropolisLong: {
    caen: "Caen la Mer",
    "le-havre": "Le Havre Seine Métropole",
    rouen: "Métropole Rouen Normandie",
  } satisfies Record<Metropolis, string>,
  stage: {
    idea: "Idée",
    prototype: "Prototype",
    seed: "Amorçage",
    series_a: "Série A",
    growth: "Croissance",
    mature: "Maturité",
  } satisfies Record<Stage, string>,
  teamBand: {
    "1-5": "1 à 5 personnes",
    "6-10": "6 à 10 personnes",
    "11-25": "11 à 25 personnes",
    "26-50": "26 à 50 personnes",
    "51+": "Plus de 50 personnes",
  } satisfies Record<TeamBandId, string>,
  search: {
    title: "Annuaire des startups",
    intro: "Recherchez parmi les startups publiées de Caen, du Havre et de Rouen.",
    formLabel: "Rechercher dans l’annuaire",
    queryLabel: "Rechercher une startup",
    queryPlaceholder: "Nom, activité, technologie…",
    submit: "Rechercher",
    filters: "Filtres",
    metropolis: "Métropole",
    commune: "Commune",
    allCommunes: "Toutes les communes",
    sectors: "Secteurs",
    stage: "Stade",
    hiring: "Recrute actuellement",
    foundedYear: "Année de création",
    yearMin: "De",
    yearMax: "À",
    anyYear: "Toutes",
    teamSize: "Effectif",
    sort: "Trier par",
    sorts: { pertinence: "Pertinence", nom: "Nom (A → Z)", recent: "Les plus récentes" },
    resetFilters: "Effacer tous les filtres",
    results: (count: number) =>
      count === 0 ? "Aucune startup" : count === 1 ? "1 startup" : `${formatInteger(count)} startups`,
    resultsHeading: "Résultats",
    loading: "Mise à jour des résultats…",
    emptyTitle: "Aucune startup ne correspond à votre recherche.",
    emptyHint: "Essayez de retirer un filtre :",
    emptyHintQuery: "Vérifiez l’orthographe ou essayez un terme plus général.",
    removeFilter: (label: string) => `Retirer le filtre « ${label} »`,
    removeQuery: (q: string) => `Retirer la recherche « ${q} »`,
    hiringBadge: "Recrute",
    pagination: "Pagination",
    previous: "Page précédente",
    next: "Page suivante",
    page: (n: number) => `Page ${n}`,
    pageOf: (page: number, count: number) => `Page ${page} sur ${count}`,
    count: (n: number) => `(${formatInteger(n)})`,
  },
  profile: {
    sectors: "Secteurs",
    location: "Implantation",
    foundedYear: "Année de création",
    teamSize: "Effectif",
    teamSizeValue: (n: number) => (n === 1 ? "1 personne" : `${formatInteger(n)} personnes`),
    fundsRaised: "Fonds levés",
    noFunds: "Aucune levée déclarée",
    stage: "Stade",
    hiring: "Recrutement",
    hiringYes: "Recrute actuellement",
    hiringNo: "Pas de recrutement en cours",
    links: "Liens",
    website: "Site web",
    linkedin: "LinkedIn",
    twitter: "X (Twitter)",
    updatedAt: (date: string) => `Fiche mise à jour le ${date}`,
    back: "Retour à l’annuaire",
    logoAlt: (name: string) => `Logo de ${name}`,
    facts: "Chiffres clés",
    description: "Présentation",
  },
  notFound: {
    title: "Page introuvable",
    body: "Cette page n’existe pas, ou la fiche n’est pas publiée.",
    back: "Retour à l’annuaire",
  },
  error: {
    title: "Une erreur est survenue",
    body: "Nous n’avons pas pu afficher cette page. Réessayez dans un instant.",
    retry: "Réessayer",
  },
  about: {
    title: "À propos",
    body: [
      "En juin 2015, Caen, Le Havre et Rouen ont été labellisées ensemble « Normandy French Tech ».",
      "Cet annuaire recense les startups de leurs trois intercommunalités : la communauté urbaine Caen la Mer, la communauté urbaine Le Havre Seine Métropole et la Métropole Rouen Normandie.",
      "Chaque fiche est déclarée par la startup elle-même puis vérifiée par l’équipe de modération avant publication.",
    ],
  },
} as const;

export type Dictionary = typeof fr;

export function formatEuros(amount: number): string {
  return euroFormat.format(amount);
}

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
