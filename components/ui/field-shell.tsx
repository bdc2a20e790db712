import type { ReactElement } from "react";

type ControlProps = { "aria-invalid"?: boolean; "aria-describedby"?: string };

/**
 * The label, hint and errors around one form control, with the ids that tie them together so
 * that the hint and errors are announced with the field.
 */
export function FieldShell({
  id,
  label,
  hint,
  errors,
  control,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  control: (aria: ControlProps) => ReactElement;
}) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      {control({ "aria-invalid": errors?.length ? true : undefined, "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined })}
      {hint && (
        <p id={hintId} className="text-xs text-stone-500">
          {hint}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}

export const controlClass =
  "rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-600";
