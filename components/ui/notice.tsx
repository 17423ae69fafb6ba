// A message box. Errors are alerts (announced at once); other notices are polite status updates.
// `focus`: the notice takes the focus when it appears (the outcome of the action just made); given
// a value instead of `true`, it takes it again whenever that value changes (a new answer).
import { cn } from "@/lib/cn";
import { FocusOnMount } from "./focus-on-mount";
type Props = { tone: "error" | "success" | "info"; children: React.ReactNode; id?: string; focus?: unknown };

const tones = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-brand-600 bg-brand-50 text-brand-900",
};

export function Notice({ tone, children, id, focus }: Props) {
  const box = (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border-l-4 px-4 py-3 text-sm", tones[tone])}>
      {children}
    </div>
  );
  return focus ? <FocusOnMount when={focus}>{box}</FocusOnMount> : box;
}
