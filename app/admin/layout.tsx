import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";

// A first pass only: every admin page, action and route checks the role again itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaff("/admin");
  const links = [
    { href: "/admin", label: "Tableau de bord et file d’attente" },
    { href: "/admin/demandes", label: "Demandes d’accès" },
    { href: "/admin/journal", label: "Journal" },
    ...(user.role === "admin"
      ? [
          { href: "/admin/utilisateurs", label: "Utilisateurs" },
          { href: "/admin/secteurs", label: "Secteurs" },
          { href: "/admin/import", label: "Import CSV" },
          { href: "/admin/export.csv", label: "Export CSV" },
        ]
      : []),
  ];
  return (
    <div className="space-y-6">
      <nav aria-label="Administration" className="rounded-lg bg-white p-3 shadow-sm">
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
