// Renders app/icon.svg into the PNG icons of the web app manifest, Apple's touch icon and the
// /favicon.ico that older clients ask for. Run it again after changing the SVG: npx tsx scripts/make-icons.ts
import { readFile, writeFile } from "node:fs/promises";
import sharp from "sharp";

const svg = await readFile("app/icon.svg");
const png = (size: number) => sharp(svg, { density: 72 * (size / 64) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

for (const size of [192, 512]) await writeFile(`public/icons/icon-${size}.png`, await png(size));
await writeFile("app/apple-icon.png", await png(180));

// An ICO file may hold PNG images: a 6-byte header, one 16-byte entry per image, then the PNGs.
const images = [16, 32, 48];
const datas = await Promise.all(images.map(png));
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((size, index) => {
  const entry = 6 + 16 * index;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(datas[index]!.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += datas[index]!.length;
});
await writeFile("app/favicon.ico", Buffer.concat([header, ...datas]));
console.log("icons written: public/icons/icon-192.png, icon-512.png, app/apple-icon.png, app/favicon.ico");
