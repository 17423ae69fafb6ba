"use client";
// useActionState with the current page as the form's permalink. Without one, React renders the
// form with action="" until it hydrates, which is invalid HTML; with it, the form also posts back
// to its own page when JavaScript is off.
import { usePathname } from "next/navigation";
import { useActionState } from "react";

export function useFormState<State, Payload>(action: (state: Awaited<State>, payload: Payload) => State | Promise<State>, initialState: Awaited<State>) {
  return useActionState(action, initialState, usePathname());
}
