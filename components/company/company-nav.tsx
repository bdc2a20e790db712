"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

/** Tabs of a section (the company area, administration); `label` names the section for screen readers. */
export function CompanyNav({ tabs, label }: { tabs: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  // The first tab is the section's root: active only on itself, not on every page below it. Of
  // nested tabs (/chamber and /chamber/deals) the longest that contains the page is the active one.
  const within = (href: string, i: number) => (i === 0 ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  const current = tabs.filter((tab, i) => within(tab.href, i)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const active = (href: string) => href === current;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1 border-b border-stone-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={active(tab.href) ? "page" : undefined}
          className={active(tab.href) ? "border-b-2 border-indigo-700 px-3 py-2 font-medium text-indigo-800" : "px-3 py-2 text-stone-600 hover:text-stone-900"}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
