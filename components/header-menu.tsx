"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * The header's links: in a row from the md breakpoint up, behind a menu button on a phone so the
 * header stays one line. The links are rendered once, so each keeps one accessible name and test id.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const panelId = useId();
  // A followed link closes the menu: the header stays mounted across client navigations.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="ml-auto inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-stone-300 px-3 text-sm font-medium text-stone-800 md:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="header-menu-button"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 6h14M3 10h14M3 14h14" />}
        </svg>
        {label}
      </button>
      <div
        id={panelId}
        className={`${open ? "flex" : "hidden"} w-full flex-col items-stretch gap-1 border-t border-stone-200 pt-2 text-base md:ml-auto md:flex md:w-auto md:flex-row md:flex-wrap md:items-center md:gap-x-4 md:gap-y-2 md:border-0 md:pt-0 md:text-sm [&>a]:flex [&>a]:min-h-11 [&>a]:items-center md:[&>a]:inline-flex md:[&>a]:min-h-0 [&>form>button]:min-h-11 md:[&>form>button]:min-h-0`}
      >
        {children}
      </div>
    </>
  );
}
