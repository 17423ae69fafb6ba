// Shared by the fault scripts: start the production (standalone) server on loopback, send
// realistic requests, and summarise latencies. Every script is bounded in time and requests.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fr } from "@/lib/i18n/fr";

export const SECRET = "fault-tests-only-secret-0123456789abcdef";
const SERVER = path.resolve(".next/standalone/server.js");

export type Server = { process: ChildProcess; port: number; base: string; log: string[]; exited: Promise<number | null> };

export function assertBuilt(): void {
  if (!fs.existsSync(SERVER)) throw new Error("Run `npm run build` first (no .next/standalone/server.js).");
}

// Every server a script started dies with the script, even when the script fails or is
// interrupted: an orphan would keep the port and answer the next run's requests.
const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

async function portAnswers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/** Starts `node .next/standalone/server.js` and resolves once /api/health/live answers. */
export async function startServer(port: number, env: Record<string, string>, options: { waitReady?: boolean; nodeArgs?: string[] } = {}): Promise<Server> {
  assertBuilt();
  if (await portAnswers(port)) throw new Error(`Port ${port} is already taken: stop what runs there (fuser -k ${port}/tcp) or pass --port.`);
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: SECRET,
      // The fault scripts send X-Forwarded-For to look like many clients (sign-up limits per address).
      TRUSTED_PROXY_COUNT: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      log.push(...lines);
    });
  }
  children.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  const server: Server = { process: child, port, base: `http://127.0.0.1:${port}`, log, exited };
  const deadline = Date.now() + 180_000;
  let done = false;
  void exited.then(() => (done = true));
  while (!done && Date.now() < deadline) {
    try {
      const response = await fetch(`${server.base}/api/health/${options.waitReady === false ? "live" : "ready"}`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  child.kill("SIGKILL");
  throw new Error(`The server on port ${port} did not start:\n${log.slice(-20).join("\n")}`);
}

export async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (server.process.exitCode !== null) return server.process.exitCode;
  server.process.kill(signal);
  return server.exited;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `condition` holds (or `timeoutMs` passed), then a random 0–1 s more: the fault then
 * strikes while requests are in flight. A sign-up takes seconds (the password hash is slow on
 * purpose), so a fixed delay could strike before anything was answered.
 */
export async function strikeWhen(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(50);
  await sleep(Math.random() * 1000);
}

export function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

// The sign-up form's hidden fields (the server action's id and bound state), read once per server.
const formCache = new Map<string, Promise<[string, string][]>>();

async function signUpFormFields(base: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/compte/inscription`)).text();
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields.push([match[1]!, (match[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  if (!fields.some(([name]) => name.startsWith("$ACTION"))) throw new Error("No server action found on /compte/inscription.");
  return fields;
}

/**
 * `retryMessage`: the answer is a French page asking to try again, as the app shows when the
 * database fails under a request (app/error.tsx, with fr.error.body: "… Réessayez dans un instant.").
 */
export type Outcome = { ok: boolean; status: number; ms: number; error?: string; retryMessage?: boolean };

/** The sentences of lib/i18n that ask the user to try again after a failure of ours. */
export const RETRY_TEXTS = [fr.error.body, fr.messages.auth.signInUnavailable, fr.messages.forms.unavailable, fr.messages.requests.unavailable];

export function asksToRetry(html: string): boolean {
  return RETRY_TEXTS.some((text) => html.includes(text));
}

/**
 * A submission as a browser without JavaScript sends it: the form, posted to its page. Saved when
 * the answer is 200 with no error notice; the caller then checks that the account exists.
 */
export async function signUp(base: string, email: string, password = `Fault-${randomBytes(9).toString("base64url")}-normandie`): Promise<Outcome> {
  const startedAt = performance.now();
  try {
    let pending = formCache.get(base);
    if (!pending) {
      pending = signUpFormFields(base);
      formCache.set(base, pending);
      pending.catch(() => formCache.delete(base));
    }
    const form = new FormData();
    for (const [name, value] of await pending) form.append(name, value);
    form.append("name", "Test de panne");
    form.append("email", email);
    form.append("password", password);
    form.append("confirm", password);
    const response = await fetch(`${base}/compte/inscription`, { method: "POST", body: form, headers: { "x-forwarded-for": randomIp() }, signal: AbortSignal.timeout(30_000) });
    const html = await response.text();
    // The form answers a failure with its typed values (the email among them) and, when the
    // database could not be reached, the French sentence asking to try again.
    const retry = asksToRetry(html);
    const refused = retry || (/role="alert"|Réessayez|réessayez/.test(html) && !html.includes(email));
    return { ok: response.status === 200 && !refused, status: response.status, ms: performance.now() - startedAt, retryMessage: retry };
  } catch (error) {
    return { ok: false, status: 0, ms: performance.now() - startedAt, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function get(base: string, pathname: string): Promise<Outcome> {
  const startedAt = performance.now();
  try {
    // From a random address, as many visitors: a long run would otherwise reach the per-address
    // limit on new searches (every moderation decision makes each search new again).
    const response = await fetch(`${base}${pathname}`, { headers: { "x-forwarded-for": randomIp() }, signal: AbortSignal.timeout(30_000), redirect: "manual" });
    await response.arrayBuffer();
    return { ok: response.status < 400, status: response.status, ms: performance.now() - startedAt };
  } catch (error) {
    return { ok: false, status: 0, ms: performance.now() - startedAt, error: error instanceof Error ? error.message : String(error) };
  }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function rssMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Errors (level 50 and up) in a server's JSON log. */
export function errorLines(log: string[]): string[] {
  return log.filter((line) => {
    try {
      return (JSON.parse(line) as { level?: number }).level! >= 50;
    } catch {
      return /error/i.test(line) && !/^\s*$/.test(line);
    }
  });
}

export function uniqueEmail(prefix: string, n: number): string {
  return `${prefix}-${n}-${randomBytes(3).toString("hex")}@panne.example.org`;
}

/** A named check that prints "ok"/"FAIL" and remembers the failures, for the scripts that list their checks. */
export function checkList(): { expect: (ok: boolean, what: string) => void; failures: string[] } {
  const failures: string[] = [];
  const expect = (ok: boolean, what: string) => {
    console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
    if (!ok) failures.push(what);
  };
  return { expect, failures };
}
