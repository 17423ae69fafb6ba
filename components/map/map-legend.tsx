import { dictionary } from "@/lib/i18n/server";
import type { MapClass } from "@/lib/map/classes";

/** The same hatching as the map's zero communes (the SVG pattern `<map id>-zero`), for HTML. */
const ZERO_SWATCH = { backgroundImage: "repeating-linear-gradient(45deg, #ffffff 0 2.2px, #9ca3af 2.2px 3.5px)" };

/** The map's key: what the colours count, "none" apart, then each class with its bounds. */
export function MapLegend({ title, classes, formatBound }: { title: string; classes: MapClass[]; formatBound: (value: number) => string }) {
  const t = dictionary().map;
  return (
    <div className="mt-3">
      <p className="text-sm font-semibold text-slate-900">
        {title}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" data-testid="map-legend">
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-4 w-6 rounded-sm border border-slate-500" style={ZERO_SWATCH} />
          {t.legendZero}
        </li>
        {classes.map((item) => (
          <li key={item.min} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-4 w-6 rounded-sm border border-slate-500" style={{ backgroundColor: item.color }} />
            {t.legendRange(formatBound(item.min), formatBound(item.max))}
          </li>
        ))}
      </ul>
    </div>
  );
}
