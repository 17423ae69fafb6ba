// npm run admin:create -- --email admin@example.org [--name "Alice"]
// Creates an admin account, or promotes an existing one. The password is read from
// ADMIN_PASSWORD or, interactively, from a prompt that does not echo it. Goes through the same
// database client as the app, so it respects the embedded database's lock.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openConfiguredDatabase } from "@/db/client";
import { createOrPromoteAdmin } from "@/lib/admin/users";
import { newPasswordSchema } from "@/lib/auth/password-policy";

async function promptPassword(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const email = z.email().safeParse(values.email?.trim().toLowerCase());
if (!email.success) {
  console.error("Usage: npm run admin:create -- --email admin@example.org [--name \"Nom\"]");
  process.exit(2);
}
const password = process.env.ADMIN_PASSWORD ?? (process.stdin.isTTY ? await promptPassword("Mot de passe (12 caractères au moins) : ") : "");
const checked = newPasswordSchema.safeParse(password);
if (!checked.success) {
  console.error(checked.error.issues[0]?.message ?? "Mot de passe invalide.");
  process.exit(2);
}

try {
  const database = await openConfiguredDatabase();
  const result = await createOrPromoteAdmin(database.db, { email: email.data, name: values.name ?? null, password: checked.data });
  database.markInitialized(); // A deliberately set-up database: no demo data on a later `npm run dev`.
  console.log(result === "created" ? `Admin ${email.data} created.` : `${email.data} is now an admin; password updated.`);
  await database.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
