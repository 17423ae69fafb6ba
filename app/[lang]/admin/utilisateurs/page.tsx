import { getDb } from "@/db/client";
import { ButtonForm, RoleForm } from "@/components/admin/small-forms";
import { listUsers } from "@/lib/admin/users";
import { requireStaff } from "@/lib/auth/session";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { setDisabledAction, setRoleAction } from "../actions";
import { singleParam, type PageParam } from "@/lib/page-params";
import { refuseAccess } from "@/lib/auth/refuse";

export const generateMetadata = localizedMetadata("/admin/utilisateurs", (d) => ({ title: d.admin.users.metaTitle, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: PageParam }> };

export default async function UsersPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().admin.users;
  const user = await requireStaff("/admin/utilisateurs");
  if (user.role !== "admin") refuseAccess({ userId: user.id, need: "admin" });
  const q = singleParam((await searchParams).q, 100) ?? "";
  const people = await listUsers(await getDb(), user, q);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t.search}>
        <div className="min-w-0 flex-1 sm:flex-none">
          <label htmlFor="q" className="block text-sm font-semibold">{t.query}</label>
          <input id="q" name="q" defaultValue={q} className="w-full rounded-md border border-slate-400 bg-white px-2 py-1.5" />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">{t.submit}</button>
      </form>
      <ul className="space-y-3">
        {people.map((person) => (
          <li key={person.id} className="flex flex-wrap items-end justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4">
            <div className="min-w-0">
              <p className="font-semibold break-words">{person.name || person.email}</p>
              <p className="text-sm break-all text-slate-600">
                {person.email}
                {person.disabledAt ? ` · ${t.disabled}` : ""}
              </p>
            </div>
            <RoleForm action={setRoleAction.bind(null, person.id)} id={person.id} role={person.role} label={person.email} />
            <ButtonForm
              action={setDisabledAction.bind(null, person.id, !person.disabledAt)}
              label={person.disabledAt ? t.enable(person.email) : t.disable(person.email)}
              variant={person.disabledAt ? "secondary" : "danger"}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
