// Who is signed in, with their account, the admin area for staff, and sign-out. Shown on the
// account, startup-space and admin pages only: public pages stay identical for everyone, so the
// page cache can serve them (they carry a plain "Mon compte" link in the site header instead).
import Link from "next/link";
import { SignOutButton } from "@/components/account/sign-out-button";
import { dictionary, href } from "@/lib/i18n/server";

type Props = { user: { name: string | null; email: string; role: "member" | "moderator" | "admin" } };

export function AccountBar({ user }: Props) {
  const t = dictionary().accountBar;
  const staff = user.role !== "member";
  return (
    <nav aria-label={t.label} className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
      <p className="min-w-0 break-words text-slate-800">
        {t.signedInAs} <strong>{user.name || user.email}</strong>
        {staff && <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-brand-900">{dictionary().accountBar.roles[user.role]}</span>}
      </p>
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 font-medium">
        <li>
          <Link href={href("/compte")} className="text-brand-700 underline">
            {t.account}
          </Link>
        </li>
        <li>
          <Link href={href("/espace")} className="text-brand-700 underline">
            {t.space}
          </Link>
        </li>
        {staff && (
          <li>
            <Link href={href("/admin")} className="text-brand-700 underline">
              {t.admin}
            </Link>
          </li>
        )}
        <li>
          <SignOutButton />
        </li>
      </ul>
    </nav>
  );
}
