import Link from "next/link";
import { AccountBar } from "@/components/account/account-bar";
import { requireStaff } from "@/lib/auth/session";
import { dictionary } from "@/lib/i18n/server";

// A first pass only: every admin page, action and route checks the role again itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const t = dictionary().admin.nav;
  const user = await requireStaff("/admin");
  const links = [
    { href: "/admin", label: t.dashboard },
    { href: "/admin/demandes", label: t.claims },
    { href: "/admin/evenements", label: dictionary().events.admin.navLink },
    { href: "/admin/fiches-a-verifier", label: dictionary().freshness.admin.navLink },
    { href: "/admin/journal", label: t.journal },
    ...(user.role === "admin"
      ? [
          { href: "/admin/utilisateurs", label: t.users },
          { href: "/admin/secteurs", label: t.sectors },
          { href: "/admin/import", label: t.import },
          { href: "/admin/export.csv", label: t.export },
        ]
      : []),
  ];
  return (
    <div className="space-y-6">
      <AccountBar user={user} />
      <nav aria-label={t.label} className="rounded-lg bg-white p-3 shadow-sm">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-brand-700 underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
