// Creates (or re-creates) an empty database on the PostgreSQL server of DATABASE_URL and prints
// its URL. Used by scripts/test.sh for the end-to-end run.
import postgres from "postgres";

const name = process.argv[2];
if (!name || !/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error("Usage: tsx scripts/create-test-database.ts <database_name>");
  process.exit(2);
}
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("DATABASE_URL is not set.");
  process.exit(2);
}
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${name} with (force)`);
await admin.unsafe(`create database ${name}`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
console.log(url.toString());
