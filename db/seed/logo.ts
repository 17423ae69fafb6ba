// The one demo startup with a logo (galet-bleu): so that a fresh demo database shows what a
// logo looks like, and so the standalone smoke test (scripts/fault/standalone-smoke.ts) can fetch
// a real one. Drawn and encoded here, through the same processing as an upload, rather than
// committed as a binary.
import sharp from "sharp";
import { processLogo } from "@/lib/startups/logo";

export const DEMO_LOGO_SLUG = "galet-bleu";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect width="256" height="256" rx="48" fill="#123b6a"/>
  <ellipse cx="128" cy="150" rx="84" ry="52" fill="#4fa3e0"/>
  <path d="M28 92 q25 -22 50 0 t50 0 t50 0 t50 0" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round"/>
</svg>`;

let cached: Promise<Buffer> | undefined;

/** The demo logo as stored: a re-encoded 256 px WebP. */
export function demoLogo(): Promise<Buffer> {
  cached ??= (async () => {
    const result = await processLogo(await sharp(Buffer.from(SVG)).png().toBuffer());
    if (!result.ok) throw new Error(`The demo logo does not pass the upload checks: ${result.error}`);
    return result.webp;
  })();
  return cached;
}
