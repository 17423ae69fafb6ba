"use client";
// A text field with suggestions, following the ARIA 1.2 combobox pattern (list autocomplete).
// Before hydration, or without JavaScript, it is a plain text field: the server accepts what
// is typed (see lib/territory/match), so the suggestions are a comfort, never a requirement.
import { useEffect, useId, useState } from "react";
import { cn } from "@/lib/cn";

export type ComboboxOption = { value: string; key: string };

type Props = {
  name: string;
  defaultValue: string;
  suggest: (typed: string) => ComboboxOption[];
  onValueChange?: (value: string) => void;
  className?: string;
  listLabel: string;
  id?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
};

export function Combobox({ name, defaultValue, suggest, onValueChange, className, listLabel, ...inputProps }: Props) {
  const listId = useId();
  const [enhanced, setEnhanced] = useState(false);
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = open ? suggest(value) : [];
  const expanded = options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  // eslint-disable-next-line react-hooks/set-state-in-effect -- the ARIA roles are added only once the script runs
  useEffect(() => setEnhanced(true), []);

  function change(next: string, keepOpen: boolean) {
    setValue(next);
    setOpen(keepOpen);
    setActive(-1);
    onValueChange?.(next);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const count = options.length;
      if (!count) return;
      setActive((current) => (event.key === "ArrowDown" ? (current + 1) % count : (current <= 0 ? count : current) - 1));
    } else if (event.key === "Enter" && expanded && options[active]) {
      event.preventDefault(); // choose the option; don't submit the form
      change(options[active].value, false);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  if (!enhanced) {
    return <input {...inputProps} name={name} type="text" autoComplete="off" defaultValue={defaultValue} className={className} />;
  }

  return (
    <div className="relative">
      <input
        {...inputProps}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => change(event.target.value, true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-400 bg-white py-1 shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: keep the focus in the field.
            onMouseDown={(event) => {
              event.preventDefault();
              change(option.value, false);
            }}
            className={cn("cursor-pointer px-3 py-2 text-sm text-slate-900", index === active && "bg-brand-700 text-white")}
          >
            {option.value}
          </li>
        ))}
      </ul>
    </div>
  );
}
