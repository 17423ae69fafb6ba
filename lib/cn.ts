// Join class names so that the last conflicting Tailwind utility wins, whatever the order in the
// generated CSS ("bg-white" then "bg-brand-700" gives "bg-brand-700"). Use it wherever classes are
// combined from several places: a base string plus a variant, a prop, or a condition.
import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
