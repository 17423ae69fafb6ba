// npm run fault:stall [-- --port 3518 --stall 8]
// The whole server process frozen (SIGSTOP) for longer than Node's keep-alive timeout (5 s), then
// resumed, under 16 connections of page requests: a long GC pause, a starved VM, a debugger.
// Every request must then be answered, none with a 5xx, listening on `localhost` (the README's
// advice) and on `127.0.0.1`. On the latter Next forwards every page to the server itself; its
// pool reused, at the resume, inner connections that the server was closing, and a few pages
// answered a bare 500 ("Failed to proxy … ECONNRESET", found by the fuzz long form, shard 1).
// lib/http/client-ip-stamp.ts now gives each forwarded page a fresh connection, and the server
// warns about that address at start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkList, get, sleep, startServer, stopServer } from "./support";

const { values } = parseArgs({ options: { port: { type: "string", default: "3518" }, stall: { type: "string", default: "8" } } });
const stallSeconds = Math.min(Math.max(Number(values.stall) || 8, 6), 60);
const PAGES = ["/a-propos", "/startups", "/startups/amphi-live", "/statistiques", "/evenements", "/en/startups"];
const { expect, failures } = checkList();

async function frozenRun(hostname: string): Promise<{ statuses: Map<number, number>; proxyFailures: number; warned: boolean }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-fault-stall-"));
  try {
    const server = await startServer(Number(values.port), { DATABASE_URL: "", PGLITE_DATA_DIR: path.join(dataDir, "pglite"), DEMO_DATA: "1", HOSTNAME: hostname });
    const statuses = new Map<number, number>();
    const errors = new Map<string, number>();
    let stop = false;
    let n = 0;
    const workers = Array.from({ length: 16 }, async () => {
      while (!stop) {
        const page = PAGES[n++ % PAGES.length]!;
        let outcome = await get(server.base, page);
        // The server's keep-alive timers also fire at once on resume, closing the connections
        // this client holds; a request sent on one just then fails before the server reads it.
        // Browsers send such a request again on a new connection, and so does this client, once.
        if (outcome.status === 0) {
          errors.set(outcome.error ?? "?", (errors.get(outcome.error ?? "?") ?? 0) + 1);
          outcome = await get(server.base, page);
        }
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      }
    });
    await sleep(3000);
    server.process.kill("SIGSTOP");
    await sleep(stallSeconds * 1000);
    server.process.kill("SIGCONT");
    await sleep(5000);
    stop = true;
    await Promise.all(workers);
    await stopServer(server);
    const proxyFailures = server.log.filter((line) => line.includes("Failed to proxy")).length;
    const warned = server.log.some((line) => line.includes("a loopback HOSTNAME"));
    if (errors.size) console.log(`sent again once on a new connection: ${[...errors].map(([error, count]) => `${count}× ${error}`).join(", ")}`);
    return { statuses, proxyFailures, warned };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function summary(statuses: Map<number, number>): string {
  return [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status === 0 ? "no answer" : status}×${count}`).join(", ");
}

const fiveHundreds = (statuses: Map<number, number>) => [...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);

console.log(`== Frozen for ${stallSeconds} s under 16 connections, listening on localhost`);
const local = await frozenRun("localhost");
console.log(`answers: ${summary(local.statuses)}`);
expect(fiveHundreds(local.statuses) === 0, "no 5xx answer after the freeze");
expect(!local.statuses.has(0), "every request answered (sent again at most once)");
expect(local.proxyFailures === 0, `no forwarded request in the server log ("Failed to proxy": ${local.proxyFailures})`);
expect(!local.warned, "no loopback warning at start");

console.log(`== The same on 127.0.0.1 (Next forwards every page to the server itself)`);
const loopback = await frozenRun("127.0.0.1");
console.log(`answers: ${summary(loopback.statuses)}`);
expect(fiveHundreds(loopback.statuses) === 0, "no 5xx answer after the freeze");
expect(!loopback.statuses.has(0), "every request answered (sent again at most once)");
expect(loopback.proxyFailures === 0, `no forwarded request failed ("Failed to proxy": ${loopback.proxyFailures})`);
expect(loopback.warned, "the server warned at start that HOSTNAME=127.0.0.1 makes it forward every page to itself");

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed.`);
  process.exit(1);
}
