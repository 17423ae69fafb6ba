import Link from "next/link";
import { cn } from "@/lib/cn";
import { dictionary } from "@/lib/i18n/server";

/** Page links around the current page; `hrefFor` builds each page's URL. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const first = Math.max(1, page - 2);
  const last = Math.min(pageCount, page + 2);
  const pages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const linkClass = "inline-flex min-w-10 justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:border-brand-600";
  return (
    <nav aria-label={dictionary().search.pagination} className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
              {dictionary().search.previous}
            </Link>
          </li>
        )}
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={cn(linkClass, "border-brand-700 bg-brand-700 font-semibold text-white hover:border-brand-700")}>
                {n}
              </span>
            ) : (
              <Link href={hrefFor(n)} className={linkClass} aria-label={dictionary().search.page(n)}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
              {dictionary().search.next}
            </Link>
          </li>
        )}
      </ul>
      <p className="mt-2 text-center text-sm text-slate-600">{dictionary().search.pageOf(page, pageCount)}</p>
    </nav>
  );
}
