// npm run db:seed                    -> demo data (idempotent)
// npm run db:seed -- --count 100000  -> also that many generated published startups, in bulk
// Goes through the same client as the app, so it takes the embedded database's lock and
// refuses to run while the app holds it.
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { seedGenerated } from "@/db/seed-generated";

const { values } = parseArgs({ options: { count: { type: "string" } } });
const count = values.count ? Number(values.count) : 0;
if (!Number.isInteger(count) || count < 0) {
  console.error(`--count must be a positive integer, got "${values.count}".`);
  process.exit(2);
}

try {
  const database = await openConfiguredDatabase();
  await seedDemo(database.db, { log: console.log });
  database.markInitialized();
  if (count > 0) {
    await seedGenerated(database.db, count, {
      log: (line) => process.stdout.write(process.stdout.isTTY ? `\r${line}   ` : `${line}\n`),
    });
    process.stdout.write("\n");
  }
  await database.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
