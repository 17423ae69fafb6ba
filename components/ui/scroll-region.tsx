// A wide table (or any content) that scrolls sideways inside its frame on a narrow screen, so the
// page itself never does. Keyboard users can focus it to scroll it with the arrow keys; its name
// says what it holds (axe: scrollable-region-focusable).
import { cn } from "@/lib/cn";

export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("w-full max-w-full min-w-0 overflow-x-auto", className)}>
      {children}
    </div>
  );
}
