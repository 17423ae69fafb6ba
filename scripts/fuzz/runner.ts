// Sends the generated requests with a few in flight, entry points interleaved, within a request
// budget and a deadline; checks every answer and keeps the figures.
import { problemsOf, type Finding } from "./checks";
import type { Entry, FuzzRequest } from "./entries";

export type Stats = {
  sent: number;
  statuses: Map<number, number>;
  perEntry: Map<string, number>;
  findings: Finding[];
  ms: number;
  stoppedByDeadline: boolean;
};

const MAX_BODY = 8 * 1024 * 1024;

async function send(base: string, request: FuzzRequest): Promise<{ status: number; headers: Headers | null; body: string; error?: string }> {
  try {
    const response = await fetch(base + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body ? new Uint8Array(request.body) : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    const type = response.headers.get("content-type") ?? "";
    const bytes = Buffer.from(await response.arrayBuffer());
    const body = /^image\//.test(type) ? "" : bytes.subarray(0, MAX_BODY).toString("utf8");
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { status: 0, headers: null, body: "", error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}

/** Everything the request carried, as text: an answer that echoes it back is not leaking. */
function sentText(request: FuzzRequest): string {
  return [request.path, ...Object.values(request.headers), request.body?.toString("utf8") ?? ""].join("\n");
}

export function describe(request: FuzzRequest, max = 600): string {
  const cut = (value: string) => (value.length > max ? `${value.slice(0, max)}… (${value.length} chars)` : value);
  const headers = Object.entries(request.headers)
    .filter(([name]) => name !== "cookie")
    .map(([name, value]) => `${name}: ${cut(JSON.stringify(value))}`);
  const body = request.body ? `\n    body (${request.body.length} bytes): ${cut(JSON.stringify(request.body.toString("latin1")))}` : "";
  return `${request.method} ${cut(request.path)}\n    ${headers.join("\n    ")}${body}`;
}

/**
 * Runs `perEntry` requests for each entry, round-robin so every entry point is spread over the run,
 * with `concurrency` in flight, until done or the deadline.
 */
export async function run(options: { base: string; entries: Entry[]; perEntry: number; seed: number; concurrency: number; deadline: number; onProgress?: (stats: Stats) => void }): Promise<Stats> {
  const { base, entries, perEntry, seed, concurrency, deadline } = options;
  const stats: Stats = { sent: 0, statuses: new Map(), perEntry: new Map(), findings: [], ms: 0, stoppedByDeadline: false };
  const startedAt = performance.now();
  const total = entries.length * perEntry;
  let next = 0;
  let lastReport = Date.now();
  const worker = async () => {
    while (next < total) {
      if (Date.now() > deadline) {
        stats.stoppedByDeadline = true;
        return;
      }
      const job = next++;
      const entry = entries[job % entries.length]!;
      const index = Math.floor(job / entries.length);
      let request: FuzzRequest;
      try {
        request = entry.build(seed, index);
      } catch (error) {
        stats.findings.push({ entry: entry.name, index, status: -1, problem: `the generator failed: ${String(error)}`, request: "" });
        continue;
      }
      let answer = await send(base, request);
      // A kept-alive socket that the server closed after an earlier oversized request (Node closes
      // the connection after a 431 or 400): again, up to three times, once the pool has dropped it.
      // A server that really stopped answering fails all three.
      for (let retry = 0; retry < 3 && answer.status === 0 && /ECONNRESET|EPIPE|other side closed/.test(answer.error ?? ""); retry++) {
        await new Promise((resolve) => setTimeout(resolve, 100 * (retry + 1)));
        answer = await send(base, request);
      }
      stats.sent++;
      stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
      stats.perEntry.set(entry.name, (stats.perEntry.get(entry.name) ?? 0) + 1);
      // Node closes the connection on headers over its limit (16 KiB) or a body it refuses early; the
      // client then sees the socket close while it still writes. That is a refusal, not a failure.
      const oversized = Object.entries(request.headers).reduce((sum, [name, value]) => sum + name.length + value.length, request.path.length) > 16_000 || (request.body?.length ?? 0) > 1_000_000;
      if (answer.status === 0 && oversized && /EPIPE|ECONNRESET|other side closed/.test(answer.error ?? "")) continue;
      for (const problem of problemsOf(answer.status, answer.headers, answer.body, sentText(request), answer.error)) {
        stats.findings.push({ entry: entry.name, index, status: answer.status, problem, request: describe(request) });
      }
      if (options.onProgress && Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        stats.ms = performance.now() - startedAt;
        options.onProgress(stats);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  stats.ms = performance.now() - startedAt;
  return stats;
}
