// Starts the mail sender once per server process. Not during `next build`: the build must not
// open the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("@/db/client");
  const { startMailSender } = await import("@/lib/mail/sender");
  startMailSender(getDb, 2000);
}
