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
const ANSWER_TIMEOUT_MS = 60_000;

type Answer = { status: number; headers: Headers | null; body: string; error?: string };

/**
 * One request, its body read included, bounded as a whole: the abort signal covers the fetch and
 * the body, and a timer settles the attempt even if undici never honours the abort (a long-form
 * shard once stopped with one request that never settled, no socket open, and no summary).
 */
async function send(base: string, request: FuzzRequest): Promise<Answer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<Answer>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ status: 0, headers: null, body: "", error: `no answer within ${ANSWER_TIMEOUT_MS / 1000} s` });
    }, ANSWER_TIMEOUT_MS);
  });
  const attempt = (async (): Promise<Answer> => {
    try {
      const response = await fetch(base + request.path, {
        method: request.method,
        headers: request.headers,
        body: request.body ? new Uint8Array(request.body) : undefined,
        redirect: "manual",
        signal: controller.signal,
      });
      const type = response.headers.get("content-type") ?? "";
      const bytes = Buffer.from(await response.arrayBuffer());
      const body = /^image\//.test(type) ? "" : bytes.subarray(0, MAX_BODY).toString("utf8");
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
      return { status: 0, headers: null, body: "", error: `${error instanceof Error ? error.message : String(error)}${cause}` };
    }
  })();
  try {
    return await Promise.race([attempt, bound]);
  } finally {
    clearTimeout(timer);
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
export async function run(options: {
  base: string;
  entries: Entry[];
  perEntry: number;
  seed: number;
  concurrency: number;
  deadline: number;
  onProgress?: (stats: Stats) => void;
  /** Called as each finding comes, so a run that is stopped or killed still leaves them readable. */
  onFinding?: (finding: Finding) => void;
}): Promise<Stats> {
  const { base, entries, perEntry, seed, concurrency, deadline } = options;
  const stats: Stats = { sent: 0, statuses: new Map(), perEntry: new Map(), findings: [], ms: 0, stoppedByDeadline: false };
  const startedAt = performance.now();
  const total = entries.length * perEntry;
  let next = 0;
  let lastReport = Date.now();
  const found = (finding: Finding) => {
    stats.findings.push(finding);
    options.onFinding?.(finding);
  };
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
        found({ entry: entry.name, index, status: -1, problem: `the generator failed: ${String(error)}`, request: "" });
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
        // A 5xx's own words (Next's bare error page or ours) help tell whose error it was.
        const answered = answer.status >= 500 ? `\n    answer: ${JSON.stringify(answer.body.slice(0, 300))}` : "";
        found({ entry: entry.name, index, status: answer.status, problem, request: describe(request) + answered });
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
