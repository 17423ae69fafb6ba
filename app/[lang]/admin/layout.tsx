import Link from "next/link";
import { AccountBar } from "@/components/account/account-bar";
import { requireStaff } from "@/lib/auth/session";
import { dictionary, enterLang, href } from "@/lib/i18n/server";

// A first pass only: every admin page, action and route checks the role again itself.
export default async function AdminLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const t = dictionary().admin.nav;
  const user = await requireStaff("/admin");
  const links = [
    { href: href("/admin"), label: t.dashboard },
    { href: href("/admin/demandes"), label: t.claims },
    { href: href("/admin/evenements"), label: dictionary().events.admin.navLink },
    { href: href("/admin/fiches-a-verifier"), label: dictionary().freshness.admin.navLink },
    { href: href("/admin/journal"), label: t.journal },
    ...(user.role === "admin"
      ? [
          { href: href("/admin/utilisateurs"), label: t.users },
          { href: href("/admin/secteurs"), label: t.sectors },
          { href: href("/admin/import"), label: t.import },
          // A file route: the same URL in both languages.
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
