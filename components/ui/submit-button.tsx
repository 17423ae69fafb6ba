"use client";
import { cn } from "@/lib/cn";
import { useFormStatus } from "react-dom";

type Props = { children: React.ReactNode; pendingLabel?: string; variant?: "primary" | "secondary" | "danger"; name?: string; value?: string };

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:border-brand-600",
  danger: "bg-red-700 text-white hover:bg-red-800",
};

export function SubmitButton({ children, pendingLabel, variant = "primary", name, value }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={cn("rounded-md px-4 py-2 font-semibold disabled:opacity-70", variants[variant])}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
