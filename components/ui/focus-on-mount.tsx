"use client";
// Takes the focus once, when it appears: the message that follows an action (a saved draft, a
// submission, a decision), so keyboard and screen-reader users are not left on <body> after the
// page changed under them. Focusable by script only (tabIndex -1), with the usual visible ring.
import { useEffect, useRef } from "react";

export function FocusOnMount({ children }: { children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className="rounded-md focus:outline-3 focus:outline-offset-2 focus:outline-brand-600">
      {children}
    </div>
  );
}
