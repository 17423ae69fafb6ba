// The territory map's strings, in French (joined into lib/i18n/fr.ts as `fr.map`).
import { countOf } from "./format";

const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export const frMap = {
  /** The accessible name of the whole map. */
  title: (scope: string) => `Carte des communes : ${scope}`,
  profileTitle: (commune: string, metropolis: string) => `Localisation : ${commune}, ${metropolis}`,
  /** What a commune says about itself ("Hérouville-Saint-Clair, Caen la Mer : 4 startups"). */
  communeLabel: (commune: string, metropolis: string, value: string) => `${commune}, ${metropolis} : ${value}`,
  selected: "commune choisie",
  measures: {
    startups: {
      legend: "Startups publiées",
      value: (n: number) => (n === 0 ? "aucune startup" : countOf(n, "startup", "startups")),
    },
    startupsPer10k: {
      legend: "Startups pour 10 000 habitants",
      value: (n: number) => (n === 0 ? "aucune startup" : `${decimal.format(n)} startups pour 10 000 habitants`),
    },
  },
  formatRate: (n: number) => decimal.format(n),
  legendZero: "Aucune",
  legendRange: (min: string, max: string) => (min === max ? min : `${min} à ${max}`),
  hint: "Survolez une commune, ou parcourez-les au clavier (Tab), pour voir son chiffre ; choisissez-la pour filtrer l’annuaire.",
  staticHint: "Survolez ou parcourez les communes au clavier pour voir leurs chiffres.",
  scaleBar: (km: number) => `${km} km`,
  credits:
    "Contours des communes : IGN – ADMIN EXPRESS COG 2018 et INSEE – COG 2018 (via le projet france-geojson, simplifiés), sous Licence Ouverte / Etalab.",
  populationCredits: (version: string, year: number) =>
    `Liste des communes et population municipale au 1er janvier ${year} : INSEE (populations de référence ${year}), via @etalab/decoupage-administratif ${version}, sous Licence Ouverte.`,
  fallbackNote: (commune: string, host: string, host2018: string) =>
    `${commune} n’a pas de contour en 2018 (elle faisait alors partie de ${host2018}) : elle est marquée d’un point, dans le contour 2018 de ${host2018} attribué à ${host}.`,
  measureLabel: "Colorer selon",
  viewList: "Liste",
  viewMap: "Carte",
  viewLabel: "Affichage des résultats",
  clearCommune: (name: string) => `Retirer le filtre ${name}`,
  table: {
    caption: (scope: string) => `Chiffres par commune : ${scope}`,
    commune: "Commune",
    metropolis: "Métropole",
    startups: "Startups",
    jobs: "Emplois",
    population: "Habitants",
    startupsPer10k: "Startups / 10 000 hab.",
    jobsPer10k: "Emplois / 10 000 hab.",
    sortBy: (column: string) => `Trier par ${column.toLowerCase()}`,
    sortedBy: "trié",
    show: "Voir le tableau des communes",
  },
  sameCommune: (commune: string) => `Les startups de ${commune} sur la carte`,
  profileMapTitle: "Sur la carte",
  topologyLink: "Contours des communes (TopoJSON)",
} as const;
