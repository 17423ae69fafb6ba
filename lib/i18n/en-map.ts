// The territory map's strings, in English (joined into lib/i18n/en.ts as `en.map`); mirrors
// ./fr-map.
import type { Dictionary } from "./dictionary";
import { formatIntegerEn, plural } from "./format-en";

const decimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export const enMap = {
  /** The accessible name of the whole map. */
  title: (scope: string) => `Map of municipalities: ${scope}`,
  profileTitle: (commune: string, metropolis: string) => `Location: ${commune}, ${metropolis}`,
  /** What a municipality says about itself ("Hérouville-Saint-Clair, Caen la Mer: 4 startups"). */
  communeLabel: (commune: string, metropolis: string, value: string) => `${commune}, ${metropolis}: ${value}`,
  selected: "selected municipality",
  measures: {
    startups: {
      legend: "Published startups",
      value: (n: number) => (n === 0 ? "no startups" : `${formatIntegerEn(n)} ${plural(n, "startup", "startups")}`),
    },
    startupsPer10k: {
      legend: "Startups per 10,000 inhabitants",
      // Always one decimal ("1.0"): English reads "1.0 startups", not "1.0 startup".
      value: (n: number) => (n === 0 ? "no startups" : `${decimal.format(n)} startups per 10,000 inhabitants`),
    },
  },
  formatRate: (n: number) => decimal.format(n),
  legendZero: "None",
  legendRange: (min: string, max: string) => (min === max ? min : `${min} to ${max}`),
  hint: "Hover over a municipality, or move between them with the keyboard (Tab), to see its figure; select one to filter the directory.",
  staticHint: "Hover over the municipalities or move between them with the keyboard to see their figures.",
  scaleBar: (km: number) => `${km} km`,
  credits:
    "Municipal boundaries: IGN – ADMIN EXPRESS COG 2018 and INSEE – COG 2018 (via the france-geojson project, simplified), under the Open Licence (Licence Ouverte / Etalab).",
  populationCredits: (version: string, year: number) =>
    `List of municipalities and municipal population on 1 January ${year}: INSEE (reference populations ${year}), via @etalab/decoupage-administratif ${version}, under the Open Licence (Licence Ouverte).`,
  fallbackNote: (commune: string, host: string, host2018: string) =>
    `${commune} has no boundary of its own in 2018 (it was then part of ${host2018}): it is marked with a dot, inside the 2018 boundary of ${host2018}, which is assigned to ${host}.`,
  measureLabel: "Colour by",
  viewList: "List",
  viewMap: "Map",
  viewLabel: "Show results as",
  clearCommune: (name: string) => `Remove the ${name} filter`,
  table: {
    caption: (scope: string) => `Figures by municipality: ${scope}`,
    commune: "Municipality",
    metropolis: "Metropolitan area",
    startups: "Startups",
    jobs: "Jobs",
    population: "Inhabitants",
    startupsPer10k: "Startups / 10,000 inhab.",
    jobsPer10k: "Jobs / 10,000 inhab.",
    sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
    sortedBy: "sorted",
    show: "Show the table of municipalities",
  },
  sameCommune: (commune: string) => `Startups in ${commune} on the map`,
  profileMapTitle: "On the map",
  topologyLink: "Municipal boundaries (TopoJSON)",
} satisfies Dictionary["map"];
