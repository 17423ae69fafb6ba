"use client";
// Takes the focus when it appears, and again each time `when` changes (a new answer to the same
// form): the message that follows an action (a saved draft, a submission, a decision, a refusal),
// so keyboard and screen-reader users are not left on <body> or on the button after the page
// changed under them. Focusable by script only (tabIndex -1), with the usual visible ring.
import { useEffect, useRef } from "react";
import { FOCUS_OWNER_ATTRIBUTE } from "@/components/ui/route-focus";

export function FocusOnMount({ children, when }: { children: React.ReactNode; when?: unknown }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [when]);
  return (
    <div ref={box} tabIndex={-1} {...{ [FOCUS_OWNER_ATTRIBUTE]: "" }} className="rounded-md focus:outline-3 focus:outline-offset-2 focus:outline-brand-600">
      {children}
    </div>
  );
}
