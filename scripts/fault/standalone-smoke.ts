// npm run smoke:standalone [-- --port 3520]
// The standalone server starts on its own (node .next/standalone/server.js) and serves a page, a
// static chunk, a file of public/, a real logo and the health endpoints (not cached), refuses a wrong configuration with one
// French line, and refuses a production start with a published demo password.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { DEMO_LOGO_SLUG } from "@/db/seed/logo";
import { checkList, startServer, stopServer } from "./support";

const { values } = parseArgs({ options: { port: { type: "string", default: "3520" } } });
const port = Number(values.port);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "nft-smoke-"));
const { expect, failures } = checkList();
try {
  const dataDir = path.join(root, "pglite");
  const server = await startServer(port, { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, DEMO_DATA: "1" });
  const page = await fetch(`${server.base}/startups`);
  const html = await page.text();
  expect(page.status === 200 && html.includes("<main"), `GET /startups answers ${page.status}`);
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  const asset = chunk ? await fetch(`${server.base}${chunk}`) : undefined;
  expect(asset?.status === 200 && (asset.headers.get("content-type") ?? "").includes("javascript"), `static asset ${chunk ?? "(none found)"}`);
  // A file of public/ (an icon the web app manifest lists), copied in by scripts/standalone-assets.mjs.
  const icon = await fetch(`${server.base}/icons/icon-192.png`);
  const iconBytes = Buffer.from(await icon.arrayBuffer());
  expect(icon.status === 200 && icon.headers.get("content-type") === "image/png" && iconBytes.subarray(1, 4).toString("latin1") === "PNG", `public/icons/icon-192.png answers ${icon.status} ${icon.headers.get("content-type")}`);
  // A real logo: the demo seed gives galet-bleu one (db/seed/logo.ts), stored in the database.
  const logo = await fetch(`${server.base}/startups/${DEMO_LOGO_SLUG}/logo`);
  const logoBytes = Buffer.from(await logo.arrayBuffer());
  expect(
    logo.status === 200 && logo.headers.get("content-type") === "image/webp" && logoBytes.subarray(8, 12).toString("latin1") === "WEBP",
    `logo of ${DEMO_LOGO_SLUG} answers ${logo.status} ${logo.headers.get("content-type")}, ${logoBytes.length} bytes`,
  );
  const live = await fetch(`${server.base}/api/health/live`);
  const ready = await fetch(`${server.base}/api/health/ready`);
  const readyBody = (await ready.json()) as { ready: boolean; migrations?: { applied: number; expected: number }; mailOutbox?: { unsent: unknown; oldestUnsentAgeSeconds: unknown } };
  expect(live.status === 200 && live.headers.get("cache-control") === "no-store", "live: 200, no-store");
  expect(ready.status === 200 && readyBody.ready && readyBody.migrations?.applied === readyBody.migrations?.expected, `ready: ${JSON.stringify(readyBody)}`);
  expect(ready.headers.get("cache-control") === "no-store", `ready: Cache-Control ${ready.headers.get("cache-control")}`);
  const outbox = readyBody.mailOutbox;
  expect(
    !!outbox && Number.isInteger(outbox.unsent) && (outbox.unsent as number) >= 0 && (outbox.oldestUnsentAgeSeconds === null || typeof outbox.oldestUnsentAgeSeconds === "number"),
    `ready: mailOutbox ${JSON.stringify(outbox)}`,
  );
  await stopServer(server);

  // The same database without DEMO_DATA: demo accounts with their published passwords -> refused.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, NEXTAUTH_SECRET: "x".repeat(40), DEMO_DATA: "0" };
  const demo = spawnSync(process.execPath, [".next/standalone/server.js"], { env, encoding: "utf8", timeout: 120_000 });
  expect(demo.status === 1 && demo.stderr.includes("Démarrage refusé : admin@exemple.fr"), `demo accounts refused in production (exit ${demo.status})`);
  const bad = spawnSync(process.execPath, [".next/standalone/server.js"], { env: { ...env, DATABASE_POOL_SIZE: "lots" }, encoding: "utf8", timeout: 120_000 });
  expect(bad.status === 1 && bad.stderr.includes("Configuration invalide : DATABASE_POOL_SIZE, attendu : un entier entre 1 et 1000."), `wrong value refused (exit ${bad.status})`);
  // Read by the client-address stamp before anything else once: the configuration must refuse it first, in French.
  const proxies = spawnSync(process.execPath, [".next/standalone/server.js"], { env: { ...env, TRUSTED_PROXY_COUNT: "deux" }, encoding: "utf8", timeout: 120_000 });
  expect(proxies.status === 1 && proxies.stderr.includes("Configuration invalide : TRUSTED_PROXY_COUNT, attendu : un entier entre 0 et 10."), `wrong TRUSTED_PROXY_COUNT refused in French (exit ${proxies.status})`);
  const noSecret = spawnSync(process.execPath, [".next/standalone/server.js"], { env: { ...env, NEXTAUTH_SECRET: "" }, encoding: "utf8", timeout: 120_000 });
  expect(noSecret.status === 1 && noSecret.stderr.includes("NEXTAUTH_SECRET"), `missing NEXTAUTH_SECRET refused (exit ${noSecret.status})`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
if (failures.length) process.exitCode = 1;
