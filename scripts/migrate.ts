// Applies the migrations to the configured database (the app also does it at start).
import { openConfiguredDatabase } from "@/db/client";

try {
  const database = await openConfiguredDatabase();
  await database.close();
  console.log("Migrations applied.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
