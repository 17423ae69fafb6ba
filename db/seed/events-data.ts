// About forty fictional events for the demo agenda, spread over the two past years and the coming
// months. Dates are offsets from the day the seed runs, so "upcoming" stays true on any machine.
import type { EventType } from "@/lib/events/options";

export type SeedEvent = {
  title: string;
  type: EventType;
  /** Days from the seed's day (negative: past). */
  day: number;
  /** Paris start time and duration in hours; null for a whole-day event of `days` days. */
  time: string | null;
  hours?: number;
  days?: number;
  communeCode: string | null;
  address?: string;
  onlineUrl?: string;
  organiser: string;
  free: boolean;
};

const CAEN = "14118";
const HEROUVILLE = "14327";
const LE_HAVRE = "76351";
const ROUEN = "76540";
const MONT_SAINT_AIGNAN = "76451";

const themes = [
  ["Meetup IA & données", "meetup"],
  ["Apéro startups", "meetup"],
  ["Conférence cybersécurité", "conference"],
  ["Atelier levée de fonds", "workshop"],
  ["Hackathon santé numérique", "hackathon"],
  ["Salon de l’innovation maritime", "fair"],
  ["Demo day de l’incubateur", "demo_day"],
  ["Atelier design produit", "workshop"],
  ["Conférence énergie & climat", "conference"],
  ["Petit-déjeuner recrutement tech", "other"],
] as const;

const places = [
  { communeCode: CAEN, address: "Campus EffiScience, 2 esplanade Anton Philips", organiser: "Normandie Incubation" },
  { communeCode: LE_HAVRE, address: "Docks Vauban, quai Frissard", organiser: "Le Havre Startups" },
  { communeCode: ROUEN, address: "Seine Innopolis, 72 rue de la République", organiser: "Rouen Tech Club" },
  { communeCode: HEROUVILLE, address: "Le Dôme, 3 esplanade Stéphane Hessel", organiser: "Caen Dev Meetup" },
  { communeCode: MONT_SAINT_AIGNAN, address: "Technopôle du Madrillet", organiser: "AD Normandie (fictif)" },
];

export const seedEvents: SeedEvent[] = Array.from({ length: 40 }, (_, index) => {
  const [theme, type] = themes[index % themes.length]!;
  const place = places[index % places.length]!;
  // 30 past events every ~23 days over two years, then 10 in the coming five months.
  const day = index < 30 ? -700 + index * 23 : 4 + (index - 30) * 15;
  const online = index % 9 === 4;
  const wholeDay = type === "fair" || type === "hackathon";
  return {
    title: `${theme} #${Math.floor(index / themes.length) + 1}`,
    type,
    day,
    time: wholeDay ? null : type === "meetup" ? "18:30" : "09:30",
    hours: type === "meetup" ? 3 : 2,
    days: type === "hackathon" ? 2 : 1,
    communeCode: online ? null : place.communeCode,
    address: online ? undefined : place.address,
    onlineUrl: online ? "https://visio.exemple.fr/normandy-french-tech" : undefined,
    organiser: place.organiser,
    free: index % 4 !== 3,
  };
});
