"use client";
import { signOut } from "next-auth/react";
import { useT } from "@/lib/i18n/client";

export function SignOutButton() {
  const d = useT();
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/startups" })}
      className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:border-brand-600"
    >
      {d.account.signOut}
    </button>
  );
}
