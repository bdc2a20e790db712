import type { TextareaHTMLAttributes } from "react";
import { controlClass, FieldShell } from "./field-shell";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; hint?: string; errors?: string[] };

/** FormField's multi-line sibling. */
export function TextAreaField({ name, id = name, label, hint, errors, rows = 4, ...rest }: Props) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(aria) => <textarea id={id} name={name} rows={rows} className={controlClass} {...aria} {...rest} />}
    />
  );
}
