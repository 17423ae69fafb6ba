// Startup logo upload processing: validate an untrusted upload and re-encode it to a small,
// metadata-free square WebP that is safe to store and serve as-is.
import pLimit from "p-limit";
import sharp, { type SharpOptions } from "sharp";
import { dictionary } from "@/lib/i18n/server";

/** Largest accepted upload, in bytes (2 Mo). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** Side of the square WebP produced, in pixels. */
export const LOGO_SIZE = 256;

/**
 * Largest decoded image accepted, in pixels. A 2 MB PNG can declare a gigapixel canvas that
 * would take gigabytes of RAM to decode (a decompression bomb). The logo is shown at 256 px:
 * 2048 × 2048 (8 times its side, 16 MB of RGBA once decoded) is more than any source needs.
 */
export const LOGO_MAX_SIDE = 2048;
const LOGO_MAX_INPUT_PIXELS = LOGO_MAX_SIDE * LOGO_MAX_SIDE;

/**
 * At most this many logos are decoded at once per process, each on one libvips thread: a burst
 * of uploads waits its turn instead of holding 20 decoded images in memory together.
 */
export const LOGO_CONCURRENT_DECODES = 2;
sharp.concurrency(1);

const decodeSlots = pLimit(LOGO_CONCURRENT_DECODES);

/** Decodes running now (for tests and monitoring). */
export function decodesInFlight(): number {
  return decodeSlots.activeCount;
}

/** The refusal messages, in the current request's language (read at call time, not at import). */
export function logoErrors() {
  return dictionary().messages.logo;
}

export type ProcessLogoResult = { ok: true; webp: Buffer } | { ok: false; error: string };

type LogoFormat = "png" | "jpeg" | "webp";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const WEBP = [0x57, 0x45, 0x42, 0x50]; // "WEBP"

function startsWith(input: Buffer, signature: number[], offset = 0): boolean {
  if (input.length < offset + signature.length) return false;
  return signature.every((byte, i) => input[offset + i] === byte);
}

/**
 * The format announced by the file's own bytes. The file name and the browser's MIME type are
 * chosen by the client, so they are never trusted; checking the signature ourselves also keeps
 * sharp from ever reaching its SVG, GIF, PDF, TIFF… loaders with user input.
 */
export function sniffLogoFormat(input: Buffer): LogoFormat | null {
  if (startsWith(input, PNG_SIGNATURE)) return "png";
  if (startsWith(input, JPEG_SIGNATURE)) return "jpeg";
  // RIFF <4-byte little-endian size> WEBP
  if (startsWith(input, RIFF) && startsWith(input, WEBP, 8)) return "webp";
  return null;
}

function sharpOptions(): SharpOptions {
  return {
    limitInputPixels: LOGO_MAX_INPUT_PIXELS,
    // "warning" (sharp's strictest level) refuses truncated or corrupt pixel data instead of
    // silently producing a half-grey logo.
    failOn: "warning",
  };
}

/**
 * Validates an uploaded logo and re-encodes it to a LOGO_SIZE × LOGO_SIZE WebP with a transparent
 * background. Never throws for bad input: every refusal is returned with a message meant for the
 * user, in the current request's language.
 */
export async function processLogo(input: Buffer): Promise<ProcessLogoResult> {
  const errors = logoErrors();
  if (input.length === 0) return { ok: false, error: errors.empty };
  if (input.length > LOGO_MAX_BYTES) return { ok: false, error: errors.tooBig };

  const sniffed = sniffLogoFormat(input);
  if (!sniffed) return { ok: false, error: errors.badType };

  try {
    // The signature only proves the first bytes; make sure libvips agrees on the format
    // before decoding the pixels.
    // Only the header is read here (no pixels), so sharp's pixel limit is lifted to let us
    // tell "too many pixels" apart from "unreadable"; the decode below keeps it.
    const metadata = await sharp(input, { ...sharpOptions(), limitInputPixels: false }).metadata();
    if (metadata.format !== sniffed) return { ok: false, error: errors.badType };
    const { width, height } = metadata;
    if (!width || !height) return { ok: false, error: errors.unreadable };
    if (width * height > LOGO_MAX_INPUT_PIXELS) return { ok: false, error: errors.tooManyPixels };

    const webp = await decodeSlots(() => sharp(input, sharpOptions())
      // Orient from EXIF before resizing: phone photos are often stored sideways.
      .rotate()
      // "contain" keeps the whole logo visible (cropping would cut off wordmarks); the
      // transparent padding blends with whatever background the card uses.
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
      // No withMetadata()/keepMetadata(): sharp then drops EXIF (GPS, camera, author), ICC and
      // XMP, converting to sRGB. Do not add them back: the logo is served publicly.
      .webp({ quality: 85, alphaQuality: 100, effort: 4 })
      .toBuffer());
    return { ok: true, webp };
  } catch {
    // Corrupt data, truncated files and over-limit dimensions all surface as sharp errors;
    // the user can only fix them by picking another file.
    return { ok: false, error: errors.unreadable };
  }
}
