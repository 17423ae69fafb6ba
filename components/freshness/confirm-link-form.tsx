"use client";
// The button of a reminder's "rien n'a changé" link: confirming is a POST (mail scanners only GET).
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormState } from "@/components/ui/use-form-state";
import { initialFormState, type FormState } from "@/lib/forms";
import { useHref, useT } from "@/lib/i18n/client";

export function ConfirmLinkForm({ action, token }: { action: (state: FormState, formData: FormData) => Promise<FormState>; token: string }) {
  const d = useT();
  const t = d.freshness.link;
  const to = useHref();
  const [state, formAction] = useFormState(action, initialFormState);
  if (state.status !== "idle") {
    const slug = typeof state.values?.slug === "string" ? state.values.slug : null;
    return (
      <div className="space-y-4">
        <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>
        <p className="flex flex-wrap gap-4">
          {slug && (
            <Link prefetch={false} href={to(`/startups/${slug}`)} className="text-brand-700 underline">
              {t.viewProfile}
            </Link>
          )}
          <Link href={to("/espace")} className="text-brand-700 underline">
            {t.space}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t.button}</SubmitButton>
    </form>
  );
}
