// The outlines as open data (`/api/v1/territoire.topojson`): the committed TopoJSON, each
// geometry named (code, name, metropolis, population from the package), with the licence note
// the outlines' source asks for.
import { createHash } from "node:crypto";
import { dictionary } from "@/lib/i18n/server";
import { LICENCE } from "@/lib/api/http";
import { findCommune, POPULATION_REFERENCE, territoryDataVersion } from "@/lib/territory";
import { territoryTopology } from "./geometry";
import { OUTLINE_FALLBACKS } from "./sources";

let built: { body: string; etag: string } | null = null;

export function territoryOpenData(): { body: string; etag: string } {
  if (built) return built;
  const { communes } = territoryTopology.objects;
  const document = {
    ...territoryTopology,
    objects: {
      communes: {
        ...communes,
        geometries: communes.geometries.map((geometry) => {
          const commune = findCommune(String(geometry.id));
          return { ...geometry, properties: { code: geometry.id, nom: commune?.name ?? null, metropole: commune?.metropolis ?? null, population: commune?.population ?? null } };
        }),
      },
    },
    metadata: {
      licence: LICENCE.name,
      licenceUrl: LICENCE.url,
      sources: [dictionary().map.credits, dictionary().map.populationCredits(territoryDataVersion(), POPULATION_REFERENCE.year)],
      notes: Object.entries(OUTLINE_FALLBACKS).map(([code, fallback]) =>
        dictionary().map.fallbackNote(findCommune(code)?.name ?? code, findCommune(fallback.within)?.name ?? fallback.within, fallback.name2018),
      ),
    },
  };
  const body = JSON.stringify(document);
  built = { body, etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 16)}"` };
  return built;
}
