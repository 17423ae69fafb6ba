"use server";
// Moderation server actions. The role is checked here (re-read from the database) and again
// inside the lib/ function's transaction.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { domainErrorState, type FormState } from "@/lib/forms";
import { deliverNow } from "@/lib/mail/sender";
import { approveRevision, rejectRevision } from "@/lib/moderation/decisions";
import { republishStartup, unpublishStartup } from "@/lib/moderation/publication";
import { isUuid } from "@/lib/startups/access";

async function staff() {
  const user = await getCurrentUser();
  if (!user || (user.role !== "moderator" && user.role !== "admin")) notFound();
  return user;
}

async function decide(revisionId: string, work: (moderatorId: string) => Promise<void>): Promise<FormState> {
  const user = await staff();
  if (!isUuid(revisionId)) notFound();
  try {
    await work(user.id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return domainErrorState(error);
  }
  after(async () => deliverNow(await getDb()));
  revalidatePath("/admin");
  redirect("/admin?etat=decide");
}

export async function approveAction(revisionId: string, _: FormState): Promise<FormState> {
  return decide(revisionId, async (moderatorId) => approveRevision(await getDb(), { id: moderatorId }, revisionId));
}

export async function rejectAction(revisionId: string, _: FormState, formData: FormData): Promise<FormState> {
  const reason = String(formData.get("reason") ?? "").slice(0, 2000);
  return decide(revisionId, async (moderatorId) => rejectRevision(await getDb(), { id: moderatorId }, revisionId, reason));
}

async function publication(slug: string, work: (moderatorId: string) => Promise<void>, done: "depubliee" | "republiee"): Promise<FormState> {
  const user = await staff();
  try {
    await work(user.id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return domainErrorState(error);
  }
  after(async () => deliverNow(await getDb()));
  revalidatePath(`/admin/fiches/${slug}`);
  redirect(`/admin/fiches/${encodeURIComponent(slug)}?etat=${done}`);
}

export async function unpublishAction(startupId: string, slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const reason = String(formData.get("reason") ?? "").slice(0, 2000);
  return publication(slug, async (id) => unpublishStartup(await getDb(), { id }, startupId, reason), "depubliee");
}

export async function republishAction(startupId: string, slug: string, _: FormState): Promise<FormState> {
  return publication(slug, async (id) => republishStartup(await getDb(), { id }, startupId), "republiee");
}
