// Installs the client-address stamp and starts the mail sender once per server process. Not during `next build`: the build must not
// open the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Before any request is served: the rate limits count the socket's address, not a header.
  const { installClientIpStamp } = await import("@/lib/http/client-ip-stamp");
  installClientIpStamp();
  const { getDb } = await import("@/db/client");
  const { mailCaptureDir, startMailSender } = await import("@/lib/mail/sender");
  // Refuses to start a production server that would write mails (with their links) to disk.
  mailCaptureDir();
  startMailSender(getDb, 2000);
}
