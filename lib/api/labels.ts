// The API speaks in codes and slugs; where it returns something a person reads (a sector, a
// stage, a team-size band), it gives the label in both languages of the site, from the same
// sources as the pages: the sectors' stored names and the dictionaries.
import { en } from "@/lib/i18n/en";
import { fr } from "@/lib/i18n/fr";
import type { Stats } from "@/lib/stats/compute";

export type Labels = { fr: string; en: string };

/** The statistics as the API serves them: unchanged, plus `labels` on sectors, stages and bands. */
export function labelledStats(stats: Stats) {
  return {
    ...stats,
    // The page's own `nameEn` becomes the API's `labels`, the shape every labelled row shares.
    bySector: stats.bySector.map(({ nameEn, ...row }) => ({ ...row, labels: { fr: row.name, en: nameEn } })),
    byStage: stats.byStage.map((row) => ({ ...row, labels: { fr: fr.stage[row.stage], en: en.stage[row.stage] } })),
    byTeamBand: stats.byTeamBand.map((row) => ({ ...row, labels: { fr: fr.teamBand[row.band], en: en.teamBand[row.band] } })),
  };
}
