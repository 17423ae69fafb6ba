import { dictionary } from "@/lib/i18n/server";
import type { CommuneShape } from "@/lib/map/geometry";
import { OUTLINE_FALLBACKS } from "@/lib/map/sources";
import { findCommune, POPULATION_REFERENCE, territoryDataVersion } from "@/lib/territory";

/** The note under every map: the sources of the outlines and figures, and any commune drawn as a point. */
export function MapCredits({ communes }: { communes: Pick<CommuneShape, "code" | "name" | "point">[] }) {
  const t = dictionary().map;
  const points = communes.filter((commune) => commune.point && OUTLINE_FALLBACKS[commune.code]);
  return (
    <figcaption className="mt-3 space-y-1 text-xs text-slate-700" data-testid="map-credits">
      <p>{t.credits}</p>
      <p>{t.populationCredits(territoryDataVersion(), POPULATION_REFERENCE.year)}</p>
      {points.map((commune) => {
        const fallback = OUTLINE_FALLBACKS[commune.code]!;
        return <p key={commune.code}>{t.fallbackNote(commune.name, findCommune(fallback.within)?.name ?? fallback.within, fallback.name2018)}</p>;
      })}
    </figcaption>
  );
}
