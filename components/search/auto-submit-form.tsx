"use client";
// Progressive enhancement of the directory's GET form. Without JavaScript it is a plain form.
// With it, results update on every change without a full reload, the URL stays the single source
// of truth (shareable, back button), and fields follow the URL when it changes.
import { useEffect, useRef, useTransition } from "react";
import { useRouter } from "next/navigation";

const TYPING_DELAY_MS = 350;

// Each search state is its own cached page (see proxy.ts), so the new results arrive as a new page
// and React mounts a new form: the filter just used would lose the focus to <body>. The id of the
// focused field is kept here, outside the component, and the new form gives it back the focus.
let focusedFieldId: string | null = null;

function restoreFocus(form: HTMLFormElement) {
  const id = focusedFieldId;
  focusedFieldId = null;
  if (!id || (document.activeElement && document.activeElement !== document.body)) return;
  const field = document.getElementById(id);
  if (field && form.contains(field)) field.focus({ preventScroll: true });
}

/**
 * Form fields as a clean query string: empty values, and values equal to a field's
 * `data-default`, are dropped so that shared URLs stay short.
 */
export function formToQuery(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string" || value.trim() === "") continue;
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLSelectElement && field.dataset.default === value) continue;
    query.append(key, value.trim());
  }
  return query.toString();
}

/** Makes every field show what the URL says (after back/forward, or a link to a filter). */
function syncFieldsWithUrl(form: HTMLFormElement, params: URLSearchParams) {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      const values = params.getAll(element.name);
      // A radio group's empty choice ("toutes") stands for no known value (absent, or invalid and ignored).
      const known = (other: Element) => other instanceof HTMLInputElement && other.name === element.name && other.value !== "" && values.includes(other.value);
      element.checked = element.type === "radio" && element.value === "" ? !Array.from(form.elements).some(known) : values.includes(element.value);
    } else if (element instanceof HTMLInputElement && element.type !== "submit") {
      // Never overwrite what someone is typing right now.
      if (document.activeElement !== element) element.value = params.get(element.name) ?? "";
    } else if (element instanceof HTMLSelectElement) {
      element.value = params.get(element.name) ?? element.dataset.default ?? "";
    }
  }
}

// The page is rendered once per search state and cached (see proxy.ts), so this component reads the
// browser's URL itself rather than through useSearchParams(), which would opt the cached page out
// of server rendering. `currentQuery` only tells it when the page's search state has changed.
type Props = React.ComponentProps<"form"> & { action: string; currentQuery: string; busyLabel: string; busyTargetId: string };

export function AutoSubmitForm({ children, busyLabel, busyTargetId, currentQuery, ...formProps }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!formRef.current) return;
    syncFieldsWithUrl(formRef.current, new URLSearchParams(window.location.search));
    restoreFocus(formRef.current);
  }, [currentQuery]);

  useEffect(() => {
    document.getElementById(busyTargetId)?.setAttribute("aria-busy", String(pending));
  }, [pending, busyTargetId]);

  function navigate() {
    clearTimeout(typingTimer.current);
    const query = formToQuery(formRef.current!);
    // Normalised the same way (spaces as "+"), so that a URL typed with %20 is not pushed again.
    if (query === new URLSearchParams(window.location.search).toString()) return;
    const active = document.activeElement;
    focusedFieldId = active instanceof HTMLElement && active.id && formRef.current!.contains(active) ? active.id : null;
    startTransition(() => router.push(query ? `${formProps.action}?${query}` : formProps.action, { scroll: false }));
  }

  return (
    <form
      {...formProps}
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        navigate();
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.type === "search" || target.type === "text") {
          clearTimeout(typingTimer.current);
          typingTimer.current = setTimeout(navigate, TYPING_DELAY_MS);
        } else {
          navigate();
        }
      }}
    >
      {children}
      <p role="status" className="sr-only">
        {pending ? busyLabel : ""}
      </p>
    </form>
  );
}
