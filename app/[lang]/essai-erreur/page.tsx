// A server error on purpose, for the e2e suite only (ERROR_PROBE=1, lib/config.ts): it proves
// that a failure shows the generic error page with its digest, and that the server log has the
// same digest with the route and the stack. Anywhere else, this path is an ordinary 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { config } from "@/lib/config";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default function ErrorProbePage(): never {
  if (!config().ERROR_PROBE) notFound();
  throw new Error("error probe: a server error on purpose (ERROR_PROBE=1)");
}
