// A client component that reaches lib/i18n/server (node:async_hooks) or the database fails the
// production build, minutes in, with a Turbopack panic that names a page and not the import. This
// walks the same imports in a second: from every "use client" file, through value imports, stopping
// at "use server" files (the client gets a reference to those, not their code). It also keeps the
// dictionaries (about 30 kB gzipped) out of the client code of the public pages (issue 13).
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

/** The import chain from `start` to one of `targets` (paths from the root), or null. */
function chainTo(start: string, targets: string[]): string[] | null {
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (targets.some((target) => file === path.join(ROOT, target))) {
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
    const chains = clients.map((file) => chainTo(file, SERVER_ONLY)).filter((chain) => chain !== null);
    expect(chains).toEqual([]);
  });

  it("ships no dictionary with the public pages: their client components take their words as props", () => {
    // The public pages (served through app/[lang]/interne), their layout and error boundaries.
    const entries = [
      ...sourceFiles(path.join(ROOT, "app/[lang]/interne")),
      ...["layout", "error", "not-found", "a-propos/page", "donnees-ouvertes/page"].map((name) => path.join(ROOT, `app/[lang]/${name}.tsx`)),
      path.join(ROOT, "app/global-error.tsx"),
    ];
    const clients = new Set<string>();
    for (const entry of entries) {
      expect(fs.existsSync(entry), entry).toBe(true);
      const seen = new Set([entry]);
      const queue = [entry];
      while (queue.length > 0) {
        const file = queue.shift()!;
        if (directive(file, "use client")) {
          clients.add(file);
          continue;
        }
        for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
          const next = resolve(match[1]!, file);
          if (next && !seen.has(next) && !directive(next, "use server")) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    }
    // The language switch, the language offer, the search form, the error boundaries…
    expect(clients.size).toBeGreaterThan(4);
    const chains = [...clients].map((file) => chainTo(file, ["lib/i18n/dictionaries.ts"])).filter((chain) => chain !== null);
    expect(chains).toEqual([]);
  });
});
