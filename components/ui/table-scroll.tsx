import type { ReactNode } from "react";

/**
 * A wide table's own scrolling box: on a phone the table scrolls sideways inside it instead of
 * widening the page. Focusable and named, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600 print:overflow-visible"
    >
      {children}
    </div>
  );
}
