// A startup's logo, or a generated initials placeholder when it has none. Rendered by the search
// results in the browser too, so its caller gives the image's text (`alt`).
import { cn } from "@/lib/cn";

// Background colours that all keep white text above a 4.5:1 contrast ratio.
const PLACEHOLDER_COLOURS = ["#174d8a", "#941c24", "#1f6b43", "#6b3fa0", "#8a4b08", "#0f5c6e"];

export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N} ]/gu, " ").split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? "") + (words[1]?.[0] ?? "")).toUpperCase() || "?";
}

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PLACEHOLDER_COLOURS[hash % PLACEHOLDER_COLOURS.length]!;
}

type Props = { name: string; slug: string; logoVersion: number | null; size: "sm" | "lg"; alt: string };

export function StartupLogo({ name, slug, logoVersion, size, alt }: Props) {
  const box = size === "lg" ? "size-24 text-3xl" : "size-14 text-lg";
  if (logoVersion !== null) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- served from our own route with caching headers
      <img
        src={`/startups/${slug}/logo?v=${logoVersion}`}
        alt={alt}
        width={size === "lg" ? 96 : 56}
        height={size === "lg" ? 96 : 56}
        className={cn(box, "shrink-0 rounded-xl border border-slate-200 bg-white object-cover")}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={cn(box, "flex shrink-0 items-center justify-center rounded-xl font-semibold text-white")}
      style={{ backgroundColor: colourFor(name) }}
    >
      {initials(name)}
    </span>
  );
}
