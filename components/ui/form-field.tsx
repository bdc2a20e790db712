import type { InputHTMLAttributes } from "react";
import { controlClass, FieldShell } from "./field-shell";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string; errors?: string[] };

/** A labelled input whose hint and errors are announced to assistive technology. */
export function FormField({ name, id = name, label, hint, errors, ...input }: Props) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(aria) => <input id={id} name={name} className={controlClass} {...aria} {...input} />}
    />
  );
}
