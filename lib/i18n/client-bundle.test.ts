// A client component that reaches lib/i18n/server (node:async_hooks) or the database fails the
// production build, minutes in, with a Turbopack panic that names a page and not the import. This
// walks the same imports in a second: from every "use client" file, through value imports, stopping
// at "use server" files (the client gets a reference to those, not their code).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const SERVER_ONLY = ["lib/i18n/server.ts", "db/client.ts"];
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms;

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const suffix of ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"]) {
    const candidate = base + suffix;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const directive = (file: string, name: string) => new RegExp(`^\\s*["']${name}["']`).test(fs.readFileSync(file, "utf8"));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The import chain from `start` to a server-only module, or null. */
function chainToServerOnly(start: string): string[] | null {
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (SERVER_ONLY.some((target) => file === path.join(ROOT, target))) {
      const chain = [file];
      for (let at = parent.get(file); at; at = parent.get(at)) chain.unshift(at);
      return chain.map((item) => path.relative(ROOT, item));
    }
    if (file !== start && directive(file, "use server")) continue;
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      const next = resolve(match[1]!, file);
      if (next && !parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

describe("the client bundle", () => {
  it("never reaches a server-only module from a client component", () => {
    const clients = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => directive(file, "use client"));
    expect(clients.length).toBeGreaterThan(20);
    const chains = clients.map(chainToServerOnly).filter((chain) => chain !== null);
    expect(chains).toEqual([]);
  });
});
