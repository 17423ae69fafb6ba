// Installs the client-address stamp and starts the mail sender once per server process. Not during `next build`: the build must not
// open the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Before any request is served: the rate limits count the socket's address, not a header.
  const { installClientIpStamp } = await import("@/lib/http/client-ip-stamp");
  installClientIpStamp();
  const { getDb } = await import("@/db/client");
  const { startMailSender } = await import("@/lib/mail/sender");
  startMailSender(getDb, 2000);
}
