// The one way an authorization check refuses: the same 404 as a page that does not exist (an id
// in a URL or a form reveals nothing), and a `forbidden` security event for the operator, so that
// someone probing the admin or other startups' pages shows in the log.
import { notFound } from "next/navigation";
import { logSecurityEvent } from "@/lib/log";

export type Refusal = {
  userId: string | null;
  /** What was missing. */
  need: "signed_in" | "member" | "staff" | "admin";
};

export function refuseAccess(refusal: Refusal): never {
  logSecurityEvent("forbidden", refusal);
  notFound();
}
