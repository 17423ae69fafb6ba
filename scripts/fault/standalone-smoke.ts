// npm run smoke:standalone [-- --port 3520]
// The standalone server starts on its own (node .next/standalone/server.js) and serves a page, a
// static chunk, a logo route and the health endpoints, refuses a wrong configuration with one
// French line, and refuses a production start with a published demo password.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { startServer, stopServer } from "./support";

const { values } = parseArgs({ options: { port: { type: "string", default: "3520" } } });
const port = Number(values.port);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "nft-smoke-"));
const failures: string[] = [];
const expect = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};
try {
  const dataDir = path.join(root, "pglite");
  const server = await startServer(port, { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, DEMO_DATA: "1" });
  const page = await fetch(`${server.base}/startups`);
  const html = await page.text();
  expect(page.status === 200 && html.includes("<main"), `GET /startups answers ${page.status}`);
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  const asset = chunk ? await fetch(`${server.base}${chunk}`) : undefined;
  expect(asset?.status === 200 && (asset.headers.get("content-type") ?? "").includes("javascript"), `static asset ${chunk ?? "(none found)"}`);
  const logo = await fetch(`${server.base}/startups/neptunia-analytics/logo`);
  expect([200, 404].includes(logo.status) && logo.status !== 500, `logo route answers ${logo.status}`);
  const live = await fetch(`${server.base}/api/health/live`);
  const ready = await fetch(`${server.base}/api/health/ready`);
  const readyBody = (await ready.json()) as { ready: boolean; migrations?: { applied: number; expected: number } };
  expect(live.status === 200 && live.headers.get("cache-control") === "no-store", "live: 200, no-store");
  expect(ready.status === 200 && readyBody.ready && readyBody.migrations?.applied === readyBody.migrations?.expected, `ready: ${JSON.stringify(readyBody)}`);
  await stopServer(server);

  // The same database without DEMO_DATA: demo accounts with their published passwords -> refused.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, NEXTAUTH_SECRET: "x".repeat(40), DEMO_DATA: "0" };
  const demo = spawnSync(process.execPath, [".next/standalone/server.js"], { env, encoding: "utf8", timeout: 120_000 });
  expect(demo.status === 1 && demo.stderr.includes("Démarrage refusé : admin@exemple.fr"), `demo accounts refused in production (exit ${demo.status})`);
  const bad = spawnSync(process.execPath, [".next/standalone/server.js"], { env: { ...env, DATABASE_POOL_SIZE: "lots" }, encoding: "utf8", timeout: 120_000 });
  expect(bad.status === 1 && bad.stderr.includes("Configuration invalide : DATABASE_POOL_SIZE, attendu : un entier entre 1 et 1000."), `wrong value refused (exit ${bad.status})`);
  const noSecret = spawnSync(process.execPath, [".next/standalone/server.js"], { env: { ...env, NEXTAUTH_SECRET: "" }, encoding: "utf8", timeout: 120_000 });
  expect(noSecret.status === 1 && noSecret.stderr.includes("NEXTAUTH_SECRET"), `missing NEXTAUTH_SECRET refused (exit ${noSecret.status})`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
if (failures.length) process.exitCode = 1;
