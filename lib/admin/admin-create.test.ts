import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite, queryRows } from "@/db/client";
import { acquireDataDirLock } from "@/db/lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-admin-create-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], password = "une phrase de passe d’administration") {
  return spawnSync("npx", ["tsx", "scripts/admin-create.ts", ...args], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dir, ADMIN_PASSWORD: password },
    encoding: "utf8",
    timeout: 120_000,
  });
}

// Each run is a cold `npx tsx` process that opens (the first time, creates) an embedded database:
// seconds each on a quiet machine, far more on a busy one, hence the bound beside the default.
describe("npm run admin:create", { timeout: 240_000 }, () => {
  it("creates the first admin, then promotes an existing account, and refuses weak passwords", async () => {
    const created = run(["--email", "Premiere@Exemple.fr", "--name", "Première Admin"]);
    expect(created.stderr).toBe("");
    expect(created.stdout).toContain("Admin premiere@exemple.fr created.");
    expect(run(["--email", "premiere@exemple.fr"]).stdout).toContain("is now an admin");
    const weak = run(["--email", "autre@exemple.fr"], "motdepasse123");
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain("trop courant");

    const database = await openPglite({ dataDir: dir });
    const rows = await queryRows<{ email: string; role: string }>(database.db, sql`select email, role from users where role = 'admin'`);
    await database.close();
    expect(rows.map((row) => row.email)).toContain("premiere@exemple.fr");
    expect(rows.map((row) => row.email)).not.toContain("autre@exemple.fr");
  });

  it("respects the embedded database's lock", () => {
    const release = acquireDataDirLock(dir);
    try {
      const refused = run(["--email", "bloquee@exemple.fr"]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`in use by process ${process.pid}`);
    } finally {
      release();
    }
  });
});
