// A small map of a profile's metropolis, with its commune highlighted, and a link to the other
// startups of that commune.
import Link from "next/link";
import { dictionary, href } from "@/lib/i18n/server";
import { mapGeometry } from "@/lib/map/geometry";
import { findCommune } from "@/lib/territory";
import { TerritoryMap } from "./territory-map";
export const PROFILE_MAP_WIDTH = 360;

export function ProfileMap({ communeCode }: { communeCode: string }) {
  const t = dictionary().map;
  const commune = findCommune(communeCode);
  if (!commune) return null;
  const metropolis = dictionary().metropolisLong[commune.metropolis];
  return (
    <div className="max-w-sm" data-testid="profile-map">
      <TerritoryMap
        id="carte-fiche"
        geometry={mapGeometry(commune.metropolis, PROFILE_MAP_WIDTH)}
        title={t.profileTitle(commune.name, metropolis)}
        values={{}}
        describe={() => ""}
        legendTitle=""
        formatBound={String}
        selected={commune.code}
        compact
      />
      <p className="mt-2 text-sm">
        <Link href={href(`/startups?commune=${commune.code}&vue=carte`)} prefetch={false} className="text-brand-700 underline">
          {t.sameCommune(commune.name)}
        </Link>
      </p>
    </div>
  );
}
