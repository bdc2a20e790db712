import type { ReactNode } from "react";

/**
 * A page's title, with an optional lead paragraph and actions (buttons, links) beside it on wide
 * screens and under it on a phone. The one place the page title's type size is set.
 */
export function PageHeader({ title, lead, children }: { title: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl leading-snug font-bold text-stone-900">{title}</h1>
        {children && <div className="flex flex-wrap items-center gap-2">{children}</div>}
      </div>
      {lead && <p className="max-w-3xl text-stone-700">{lead}</p>}
    </header>
  );
}
