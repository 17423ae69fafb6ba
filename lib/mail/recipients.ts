// Who a mail goes to, with the language it is written in (lib/mail/outbox.ts mailTo).
import type { Executor } from "@/db/client";
import { startupMembers, users } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { Recipient } from "./outbox";

/** The team of a profile, who hear of every decision on it. */
export async function teamRecipients(tx: Executor, startupId: string): Promise<Recipient[]> {
  return tx
    .select({ email: users.email, language: users.language })
    .from(startupMembers)
    .innerJoin(users, eq(users.id, startupMembers.userId))
    .where(eq(startupMembers.startupId, startupId));
}
