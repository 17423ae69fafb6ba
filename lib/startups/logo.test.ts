import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodesInFlight, LOGO_CONCURRENT_DECODES, LOGO_MAX_BYTES, LOGO_MAX_SIDE, LOGO_SIZE, logoErrors, processLogo, sniffLogoFormat } from "./logo";

// Outside a request the dictionary is French, which the wording checks below rely on.
const LOGO_ERRORS = logoErrors();

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function redCanvas(width = 600, height = 300) {
  return sharp({ create: { width, height, channels: 3, background: "#c00" } });
}

function isWebp(buffer: Buffer): boolean {
  return buffer.subarray(0, 4).toString("latin1") === "RIFF" && buffer.subarray(8, 12).toString("latin1") === "WEBP";
}

async function expectSquareWebp(input: Buffer): Promise<Buffer> {
  const result = await processLogo(input);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  expect(isWebp(result.webp)).toBe(true);
  const metadata = await sharp(result.webp).metadata();
  expect(metadata.format).toBe("webp");
  expect(metadata.width).toBe(LOGO_SIZE);
  expect(metadata.height).toBe(LOGO_SIZE);
  return result.webp;
}

async function expectRefused(input: Buffer, error: string) {
  await expect(processLogo(input)).resolves.toEqual({ ok: false, error });
}

describe("processLogo: accepted images", () => {
  it("exports the documented limits", () => {
    expect(LOGO_MAX_BYTES).toBe(2 * 1024 * 1024);
    expect(LOGO_SIZE).toBe(256);
  });

  it("re-encodes a PNG to a 256×256 WebP", async () => {
    await expectSquareWebp(await redCanvas().png().toBuffer());
  });

  it("re-encodes a JPEG to a 256×256 WebP", async () => {
    await expectSquareWebp(await redCanvas().jpeg().toBuffer());
  });

  it("re-encodes a WebP to a 256×256 WebP", async () => {
    await expectSquareWebp(await redCanvas(200, 500).webp().toBuffer());
  });

  it("keeps the whole logo visible, padding with transparency", async () => {
    const webp = await expectSquareWebp(await redCanvas(600, 300).png().toBuffer());
    const { data, info } = await sharp(webp).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
    // 600×300 contained in 256×256 → 256×128 band in the middle, transparent above and below.
    expect(alphaAt(128, 5)).toBe(0);
    expect(alphaAt(128, 250)).toBe(0);
    expect(alphaAt(128, 128)).toBe(255);
    expect(alphaAt(2, 128)).toBe(255);
  });

  it("auto-orients from EXIF before resizing", async () => {
    // Stored landscape, but the Orientation tag (6 = rotate 90°) says it is displayed portrait.
    const jpeg = await redCanvas(600, 300).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const webp = await expectSquareWebp(jpeg);
    const { data, info } = await sharp(webp).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
    // Portrait → 128×256 band in the middle, transparent on the left and right.
    expect(alphaAt(5, 128)).toBe(0);
    expect(alphaAt(250, 128)).toBe(0);
    expect(alphaAt(128, 2)).toBe(255);
  });

  it("strips EXIF, XMP and ICC metadata", async () => {
    const jpeg = await redCanvas()
      .jpeg()
      .withExif({ IFD0: { Copyright: "secret", Artist: "Jean Dupont" } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
      .withIccProfile("p3")
      .toBuffer();
    const input = await sharp(jpeg).metadata();
    expect(input.exif).toBeDefined(); // the fixture really carries metadata
    expect(input.icc).toBeDefined();

    const webp = await expectSquareWebp(jpeg);
    const output = await sharp(webp).metadata();
    expect(output.exif).toBeUndefined();
    expect(output.xmp).toBeUndefined();
    expect(output.icc).toBeUndefined();
    expect(webp.includes("secret")).toBe(false);
  });
});

describe("processLogo: refused files", () => {
  it("refuses an empty buffer", async () => {
    await expectRefused(Buffer.alloc(0), LOGO_ERRORS.empty);
    expect(LOGO_ERRORS.empty).toBe("Choisissez un fichier image.");
  });

  it("refuses a file over 2 Mo, whatever its header", async () => {
    const big = Buffer.concat([PNG_HEADER, Buffer.alloc(LOGO_MAX_BYTES + 1 - PNG_HEADER.length)]);
    expect(big.length).toBe(LOGO_MAX_BYTES + 1);
    await expectRefused(big, LOGO_ERRORS.tooBig);
    expect(LOGO_ERRORS.tooBig).toBe("Le logo ne doit pas dépasser 2 Mo.");
  });

  it("refuses a text file renamed as .png", async () => {
    await expectRefused(Buffer.from("hello"), LOGO_ERRORS.badType);
    expect(LOGO_ERRORS.badType).toBe("Le logo doit être une image PNG, JPEG ou WebP.");
  });

  it("refuses an SVG, even a valid one sharp could render", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>',
    );
    await expectRefused(svg, LOGO_ERRORS.badType);
  });

  it("refuses a GIF", async () => {
    const gif = await redCanvas(10, 10).gif().toBuffer();
    expect(gif.subarray(0, 3).toString("latin1")).toBe("GIF");
    await expectRefused(gif, LOGO_ERRORS.badType);
  });

  it("refuses a PDF", async () => {
    await expectRefused(Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), LOGO_ERRORS.badType);
  });

  it("refuses a RIFF file that is not WebP (e.g. WAV)", async () => {
    const wav = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WAVEfmt "), Buffer.alloc(16)]);
    await expectRefused(wav, LOGO_ERRORS.badType);
  });

  it("refuses a PNG header followed by garbage as unreadable", async () => {
    const garbage = Buffer.concat([PNG_HEADER, Buffer.from("this is definitely not a PNG chunk stream")]);
    await expectRefused(garbage, LOGO_ERRORS.unreadable);
    expect(LOGO_ERRORS.unreadable).toBe("Cette image est illisible ou corrompue.");
  });

  it("refuses a JPEG header followed by garbage as unreadable", async () => {
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)]);
    await expectRefused(garbage, LOGO_ERRORS.unreadable);
  });

  it("refuses a truncated PNG as unreadable", async () => {
    const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#c00" } })
      .composite([{ input: Buffer.alloc(200 * 200 * 3, 0x7f), raw: { width: 200, height: 200, channels: 3 } }])
      .png({ compressionLevel: 0 })
      .toBuffer();
    await expectRefused(png.subarray(0, Math.floor(png.length / 2)), LOGO_ERRORS.unreadable);
  });

  it("refuses a decompression bomb (huge dimensions, tiny file)", async () => {
    // 10 000 × 5 000 = 50 MP of a single colour compresses to a few kilobytes.
    const bomb = await redCanvas(10_000, 5_000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(LOGO_MAX_BYTES);
    await expectRefused(bomb, LOGO_ERRORS.tooManyPixels);
  });

  it("accepts what a 256 px logo needs and no more pixels", async () => {
    await expectSquareWebp(await redCanvas(LOGO_MAX_SIDE, LOGO_MAX_SIDE).png().toBuffer());
    await expectRefused(await redCanvas(LOGO_MAX_SIDE + 1, LOGO_MAX_SIDE).png().toBuffer(), LOGO_ERRORS.tooManyPixels);
  });

  it("decodes a burst of 20 large uploads a few at a time, and the event loop keeps turning", async () => {
    const large = await sharp({ create: { width: LOGO_MAX_SIDE, height: LOGO_MAX_SIDE, channels: 3, background: "#888", noise: { type: "gaussian", mean: 128, sigma: 30 } } })
      .jpeg({ quality: 40 })
      .toBuffer();
    expect(large.length).toBeLessThan(LOGO_MAX_BYTES);
    let ticks = 0;
    let mostAtOnce = 0;
    const timer = setInterval(() => {
      ticks++;
      mostAtOnce = Math.max(mostAtOnce, decodesInFlight());
    }, 5);
    const results = await Promise.all(Array.from({ length: 20 }, () => processLogo(large)));
    clearInterval(timer);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(mostAtOnce).toBeGreaterThan(0);
    expect(mostAtOnce).toBeLessThanOrEqual(LOGO_CONCURRENT_DECODES);
    // Decoding runs off the main thread: timers fired all along.
    expect(ticks).toBeGreaterThan(5);
    expect(decodesInFlight()).toBe(0);
  }, 120_000);
});

describe("sniffLogoFormat", () => {
  it("recognises the three signatures and nothing else", async () => {
    expect(sniffLogoFormat(await redCanvas(4, 4).png().toBuffer())).toBe("png");
    expect(sniffLogoFormat(await redCanvas(4, 4).jpeg().toBuffer())).toBe("jpeg");
    expect(sniffLogoFormat(await redCanvas(4, 4).webp().toBuffer())).toBe("webp");
    expect(sniffLogoFormat(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffLogoFormat(Buffer.from("RIFF"))).toBeNull();
  });
});
