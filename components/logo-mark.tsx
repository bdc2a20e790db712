/** The Kakehashi mark: an arched bridge over water, the same drawing as app/icon.svg. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#3730a3" />
      <path d="M4 20c4-9 20-9 24 0" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
      <path d="M4 20h24" stroke="#fbbf24" strokeWidth="2.5" strokeLinecap="round" />
      <path d="M10 20v-4.5M16 20v-6M22 20v-4.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <path d="M6 25c2.5-1.5 4.5 1.5 7 0s4.5 1.5 7 0 4.5 1.5 6 0" fill="none" stroke="#a5b4fc" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
