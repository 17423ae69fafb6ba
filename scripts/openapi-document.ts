// npx tsx scripts/openapi-document.ts [OUT_FILE]
// Writes the OpenAPI document exactly as /api/v1/openapi.json serves it (same builder, same
// serialisation), so that `npm run lint:openapi` lints what clients download, without a server.
import fs from "node:fs";
import path from "node:path";
import { openApiDocument } from "@/lib/api/openapi";

const json = `${JSON.stringify(openApiDocument, null, 2)}\n`;
const out = process.argv[2];
if (out) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, json);
} else process.stdout.write(json);
