import type { SelectHTMLAttributes } from "react";
import { controlClass, FieldShell } from "./field-shell";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** The first, empty option ("Choose…", "None"); omitted when a choice is required. */
  emptyLabel?: string;
  hint?: string;
  errors?: string[];
};

/** A labelled select whose hint and errors are announced, like FormField. */
export function SelectField({ name, id = name, label, options, emptyLabel, hint, errors, ...rest }: Props) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(aria) => (
        <select id={id} name={name} className={controlClass} {...aria} {...rest}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
