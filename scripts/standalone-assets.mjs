// After `next build`: put into .next/standalone what Next's standalone output leaves out, so that
// `node .next/standalone/server.js` serves everything: static chunks, the public folder, and the
// migrations the server applies at start (read from disk, so not traced).
import fs from "node:fs";

const target = ".next/standalone";
if (!fs.existsSync(`${target}/server.js`)) {
  console.error("No .next/standalone/server.js: is output: 'standalone' set in next.config.js?");
  process.exit(1);
}
for (const [from, to] of [
  [".next/static", `${target}/.next/static`],
  ["public", `${target}/public`],
  ["db/migrations", `${target}/db/migrations`],
]) {
  if (!fs.existsSync(from)) continue;
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}
console.log("Standalone server ready: node .next/standalone/server.js");
