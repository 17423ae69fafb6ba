// A message box. Errors are alerts (announced at once); other notices are polite status updates.
import { cn } from "@/lib/cn";
type Props = { tone: "error" | "success" | "info"; children: React.ReactNode; id?: string };

const tones = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-brand-600 bg-brand-50 text-brand-900",
};

export function Notice({ tone, children, id }: Props) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border-l-4 px-4 py-3 text-sm", tones[tone])}>
      {children}
    </div>
  );
}
