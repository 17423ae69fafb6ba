import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are applied by db/migrate.ts on both drivers,
// because drizzle-kit cannot load PGlite's extensions.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
