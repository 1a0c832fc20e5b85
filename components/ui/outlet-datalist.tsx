import type { ComboOption } from "./outlet-combobox";

/** The outlets' names as a datalist: the suggestions a field shows before (or without) JavaScript. */
export function OutletDatalist({ id, options }: { id: string; options: ComboOption[] }) {
  return (
    <datalist id={id}>
      {options.map((option) => (
        <option key={option.id} value={option.name} />
      ))}
    </datalist>
  );
}
