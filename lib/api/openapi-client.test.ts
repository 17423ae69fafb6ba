// A client generated from the OpenAPI document must accept what the API really answers. The test
// generates TypeScript types with openapi-typescript, writes a small client that assigns real
// responses of the handlers (captured here, on a test database) to the generated response types,
// and type-checks it with the TypeScript compiler: a field missing, of another type, outside its
// enum or not declared at all is a compile error. A second file with one field broken on purpose
// proves that the check can fail.
import fs from "node:fs";
import path from "node:path";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { handleEventList } from "@/lib/events/api";
import { createEventAsStaff } from "@/lib/events/moderation";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { eventForm, insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { handleOpenApi, handleStartupList, handleStats, handleTerritory } from "./handlers";
import { openApiDocument } from "./openapi";
import { BILINGUAL_SEPARATOR } from "./openapi-text";

const NOW = new Date("2026-03-01T12:00:00Z");
const request = (url: string) => new Request(`http://localhost${url}`);

/** `const name: <the operation's response type> = <the real body>;` */
type Capture = { name: string; path: string; status: number; body: unknown };
const line = ({ name, path: route, status, body }: Capture) =>
  `export const ${name}: Body<"${route}", ${status}> = ${JSON.stringify(body, null, 2)};\n`;

function clientSource(captures: Capture[]): string {
  return [
    'import type { paths } from "./schema";\n',
    'type Body<P extends keyof paths, S extends keyof paths[P]["get"]["responses"]> = paths[P]["get"]["responses"][S] extends { content: { "application/json": infer B } } ? B : never;\n',
    ...captures.map(line),
    // What a client would do with them: read the typed fields, no cast.
    "export const firstSector: string | undefined = startups.data[0]?.sectors[0];\n",
    "export const stageLabelEn: string | undefined = stats.data.byStage[0]?.labels.en;\n",
    'export const query: NonNullable<paths["/api/v1/startups"]["get"]["parameters"]["query"]> = { metropole: ["caen"], stade: ["seed"], taille: 10 };\n',
  ].join("");
}

function typeErrors(dir: string, files: string[]): Map<string, string[]> {
  const program = ts.createProgram(
    files.map((file) => path.join(dir, file)),
    { strict: true, noUncheckedIndexedAccess: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts"], types: [], skipLibCheck: true },
  );
  const errors = new Map(files.map((file): [string, string[]] => [file, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file ? path.basename(diagnostic.file.fileName) : "(global)";
    const at = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    errors.set(file, [...(errors.get(file) ?? []), `${file}:${at} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`]);
  }
  return errors;
}

it("gives every summary and description in both languages, in the one form of openapi-text", () => {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if ((key === "summary" || key === "description" || key === "title") && typeof value === "string") texts.push(value);
        else walk(value);
      }
    }
  };
  walk(openApiDocument);
  expect(texts.length).toBeGreaterThan(50);
  expect(texts.filter((text) => text.split(BILINGUAL_SEPARATOR).length !== 2)).toEqual([]);
});

describe.each(enginesUnderTest())("a client generated from the OpenAPI document, on %s", (engine) => {
  let database: Database;
  const dir = path.resolve(".data", "openapi-client", engine);
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await insertStartup(database.db, profile({ name: "Client Caen", communeCode: "14118", sectors: ["ia-data"], stage: "seed", hiring: true, fundsRaisedEur: 1_500_000 }));
    await insertStartup(database.db, profile({ name: "Client Rouen", communeCode: "76540", sectors: ["edtech"], stage: "growth", teamSize: 12, website: "https://example.org" }));
    const staff = await insertUser(database.db, { role: "moderator" });
    await createEventAsStaff(database.db, staff, eventForm({ title: "Client meetup", type: "meetup" }));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("type-checks against the real responses of the API, and fails on a wrong one", async () => {
    const db = database.db;
    const capture = async (name: string, route: string, response: Response | Promise<Response>): Promise<Capture> => {
      const answer = await response;
      return { name, path: route.split("?")[0]!, status: answer.status, body: await answer.json() };
    };
    const captures = [
      await capture("startups", "/api/v1/startups", handleStartupList(db, request("/api/v1/startups?taille=5"))),
      await capture("stats", "/api/v1/stats", handleStats(db, request("/api/v1/stats"))),
      await capture("statsCaen", "/api/v1/stats", handleStats(db, request("/api/v1/stats?metropole=caen"))),
      await capture("events", "/api/v1/events", handleEventList(db, request("/api/v1/events"), NOW)),
      await capture("territory", "/api/v1/territoire.topojson", handleTerritory(request("/api/v1/territoire.topojson"))),
      await capture("document", "/api/v1/openapi.json", handleOpenApi(request("/api/v1/openapi.json"))),
      await capture("invalid", "/api/v1/startups", handleStartupList(db, request("/api/v1/startups?couleur=bleu"))),
      await capture("invalidTerritory", "/api/v1/territoire.topojson", handleTerritory(request("/api/v1/territoire.topojson?metropole=caen"))),
    ];
    expect(captures.map((c) => c.status)).toEqual([200, 200, 200, 200, 200, 200, 400, 400]);
    const [startups] = captures as [Capture & { body: { data: Record<string, unknown>[] } }];
    expect(startups.body.data).toHaveLength(2);
    expect((captures[3]!.body as { data: unknown[] }).data).toHaveLength(1);

    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const schema = astToString(await openapiTS(openApiDocument as unknown as OpenAPI3));
    fs.writeFileSync(path.join(dir, "schema.ts"), schema);
    fs.writeFileSync(path.join(dir, "client.ts"), clientSource(captures));
    // The same first startup with a boolean as a string: must not compile.
    const broken = { ...startups, name: "startups", body: { ...startups.body, data: [{ ...startups.body.data[0], hiring: "yes" }] } };
    fs.writeFileSync(path.join(dir, "broken.ts"), clientSource([broken, ...captures.slice(1)]));

    const errors = typeErrors(dir, ["schema.ts", "client.ts", "broken.ts"]);
    expect(errors.get("schema.ts")).toEqual([]);
    expect(errors.get("client.ts")).toEqual([]);
    expect(errors.get("broken.ts")!.join("\n")).toMatch(/'string' is not assignable to type 'boolean'/);
  }, 60_000);
});
