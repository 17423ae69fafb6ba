// The HTML of every public page passes the Nu Html Checker (vnu-jar, run offline with Java).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "./test";

const PUBLIC_PAGES = [
  "/startups",
  "/startups?secteur=ia-data&metropole=caen",
  "/startups?q=donn%C3%A9es&page=2",
  "/statistiques",
  "/donnees-ouvertes",
  "/a-propos",
  "/compte/connexion",
  "/compte/inscription",
  "/compte/mot-de-passe-oublie",
  "/compte/reinitialiser",
  "/compte/verifier",
  "/espace/confirmer",
  "/startups?vue=carte",
  "/evenements",
  "/evenements?annee=2025",
  "/une-page-qui-n-existe-pas",
];

const VNU_JAR = path.join(process.cwd(), "node_modules/vnu-jar/build/dist/vnu.jar");

type VnuMessage = { type: string; url: string; message: string; extract?: string; lastLine?: number };

test("every public page's HTML passes the Nu Html Checker with zero errors", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-vnu-"));
  const profile = (await request.get("/startups").then((response) => response.text())).match(/href="(\/startups\/[a-z0-9-]+)"/)?.[1];
  expect(profile, "a profile link on the directory").toBeTruthy();
  const event = (await request.get("/evenements").then((response) => response.text())).match(/href="(\/evenements\/[a-z0-9-]+)"/)?.[1];
  expect(event, "an event link on the agenda").toBeTruthy();
  const files = new Map<string, string>();
  for (const [index, url] of [...PUBLIC_PAGES, profile!, event!].entries()) {
    const response = await request.get(url);
    expect(response.headers()["content-type"]).toContain("text/html");
    const file = path.join(dir, `page-${index}.html`);
    fs.writeFileSync(file, await response.text());
    files.set(path.basename(file), url);
  }
  const { stdout, stderr } = await promisify(execFile)("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", "--exit-zero-always", ...[...files.keys()].map((name) => path.join(dir, name))], {
    maxBuffer: 20 * 1024 * 1024,
  });
  const report = JSON.parse(stderr || stdout) as { messages: VnuMessage[] };
  const errors = report.messages
    .filter((message) => message.type === "error")
    .map((message) => `${files.get(path.basename(message.url))} (line ${message.lastLine}): ${message.message} ${message.extract ?? ""}`);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});
