// npm run fault:two-instances [-- --port 3514]
// Two production servers start at the same moment on an EMPTY PostgreSQL database (with demo
// data asked for, as in e2e): both come up, the migrations are applied once, the demo data
// once, and neither logs an error. FAULT_PG_URL names the server (default: the local one).
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openPostgres, queryRows } from "@/db/client";
import { knownMigrationCount } from "@/db/migrate";
import { dropDatabase, freshDatabase } from "./pg-admin";
import { errorLines, startServer, stopServer } from "./support";

const { values } = parseArgs({ options: { port: { type: "string", default: "3514" }, db: { type: "string", default: "nft_fault_two" } } });
const serverUrl = process.env.FAULT_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const url = await freshDatabase(serverUrl, values.db!);
const port = Number(values.port);
try {
  const startedAt = performance.now();
  const servers = await Promise.all([port, port + 1].map((p) => startServer(p, { DATABASE_URL: url, DEMO_DATA: "1" })));
  const upMs = performance.now() - startedAt;
  await Promise.all(servers.map((server) => stopServer(server)));
  const database = await openPostgres(url, { max: 1 });
  const [migrations] = await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  const [admins] = await queryRows<{ count: number }>(database.db, sql`select count(*)::int as count from users where email = 'admin@exemple.fr'`);
  const [sectors] = await queryRows<{ count: number; distinct: number }>(database.db, sql`select count(*)::int as count, count(distinct slug)::int as distinct from sectors`);
  await database.close();
  const errors = servers.flatMap((server) => errorLines(server.log));
  console.log(
    `two instances at once on an empty database: both ready in ${Math.round(upMs)} ms; migrations ${migrations?.count}/${knownMigrationCount()} applied once; ` +
      `demo admin ${admins?.count}×, sectors ${sectors?.count} (${sectors?.distinct} distinct); ${errors.length} errors logged`,
  );
  for (const line of errors.slice(0, 5)) console.log(`  ${line}`);
  if (errors.length || migrations?.count !== knownMigrationCount() || admins?.count !== 1 || sectors?.count !== sectors?.distinct) process.exitCode = 1;
} finally {
  await dropDatabase(serverUrl, values.db!);
}
