import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { domainErrorState, type FormState } from "@/lib/forms";

/**
 * Runs a lib/ call for a server action: "not allowed, or not there" becomes the same 404, a
 * domain refusal becomes form state to show. Returns null when the call succeeded.
 */
export async function attempt(work: () => Promise<unknown>, values?: FormState["values"]): Promise<FormState | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return domainErrorState(error, values);
  }
}
