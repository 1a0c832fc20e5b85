"use client";

import { useId, useMemo, useRef, useState, useSyncExternalStore } from "react";

export interface ComboOption {
  id: string;
  name: string;
}

/** Lowercase, accents folded: typing "basra" finds "Basra", "tele" finds "Télé". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** Options shown at once: typing narrows the rest, so the list never grows with the story. */
const SHOWN = 50;

const noop = () => () => {};

/**
 * Pick one outlet by typing part of its name: an editable combobox whose list filters as you type
 * (the ARIA combobox pattern: arrow keys move through the list, Enter or a click chooses, Escape
 * closes). Choosing submits the form. Without JavaScript it is a text field with the browser's own
 * suggestions (the `datalist` given by `listId`), and the server reads the name typed.
 */
export function OutletCombobox({
  name,
  label,
  options,
  initial,
  listId,
  placeholder,
}: {
  name: string;
  label: string;
  options: ComboOption[];
  /** The chosen outlet's name, or "" for none. */
  initial: string;
  /** The id of a datalist of the names, for the browser's suggestions before JavaScript runs. */
  listId: string;
  placeholder?: string;
}) {
  const id = useId();
  const listbox = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Rendered on the server (and before hydration) as a plain field with native suggestions.
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const matches = useMemo(() => {
    const needle = fold(value.trim());
    // The field still shows the chosen outlet: list them all, so another can be picked.
    if (needle === "" || value === initial) return options;
    return options.filter((option) => fold(option.name).includes(needle));
  }, [options, value, initial]);
  const shown = matches.slice(0, SHOWN);
  const current = open ? Math.min(active, shown.length - 1) : -1;

  function choose(option: ComboOption) {
    setValue(option.name);
    setOpen(false);
    const field = input.current;
    if (!field) return;
    field.value = option.name;
    field.focus();
    field.form?.requestSubmit();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(event.key === "ArrowDown" ? 0 : shown.length - 1);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current < 0 ? 0 : current + step + shown.length) % Math.max(1, shown.length));
    } else if (event.key === "Enter" && open && current >= 0) {
      const option = shown[current];
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (value !== "") {
        event.preventDefault();
        setValue("");
      }
    }
  }

  return (
    <div className="relative flex min-w-0 flex-col text-sm">
      <label htmlFor={id} className="mb-1 font-medium">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={120}
        list={hydrated ? undefined : listId}
        role={hydrated ? "combobox" : undefined}
        aria-autocomplete={hydrated ? "list" : undefined}
        aria-expanded={hydrated ? open && shown.length > 0 : undefined}
        aria-controls={hydrated ? listbox : undefined}
        aria-activedescendant={current >= 0 ? `${id}-o${current}` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen((was) => !was)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full min-w-0 rounded border border-rule bg-white px-2 py-1.5 sm:w-56"
        data-combobox={name}
      />
      {hydrated && (
        <ul
          id={listbox}
          role="listbox"
          aria-label={label}
          hidden={!open || shown.length === 0}
          className="absolute left-0 top-full z-30 mt-1 max-h-72 w-full min-w-56 overflow-auto rounded border border-rule bg-white py-1 shadow-lg"
        >
          {shown.map((option, index) => (
            <li
              key={option.id}
              id={`${id}-o${index}`}
              role="option"
              aria-selected={index === current}
              // Keep focus in the field, so the list does not close before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-2 py-1 ${index === current ? "bg-accent text-white" : "hover:bg-accent-soft"}`}
            >
              {option.name}
            </li>
          ))}
          {matches.length > shown.length && (
            <li role="presentation" className="px-2 py-1 text-xs text-muted">
              {matches.length - shown.length} more: type more of the name
            </li>
          )}
        </ul>
      )}
      {hydrated && (
        <span className="sr-only" aria-live="polite">
          {open && value !== initial
            ? matches.length === 0
              ? "No outlet matches"
              : `${matches.length} outlet${matches.length === 1 ? "" : "s"} match`
            : ""}
        </span>
      )}
    </div>
  );
}
