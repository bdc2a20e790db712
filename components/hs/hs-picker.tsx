"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { isLocale, type Locale } from "@/lib/i18n/routing";

type Option = { code: string; name: string };

type Props = {
  /** Name of the hidden input that carries the chosen code in the form. */
  name: string;
  label: string;
  defaultValue?: string;
  /** Language of the names shown; forms pass next-intl's useLocale(), a plain string. */
  locale: Locale | string;
  placeholder?: string;
};

const CODE_RE = /^\d{2}(?:\d{2}(?:\d{2})?)?$/;
const DIGITS_RE = /^\d+$/;
const DEBOUNCE_MS = 250;

async function fetchHs(params: Record<string, string>, signal: AbortSignal): Promise<Option[]> {
  const response = await fetch(`/api/hs?${new URLSearchParams(params)}`, { signal });
  if (!response.ok) throw new Error(`HS search failed: ${response.status}`);
  const body = (await response.json()) as { results?: Option[] };
  return body.results ?? [];
}

/**
 * An HS code chooser: search by a product word in any language or by code, pick from an
 * accessible listbox (arrows, Enter, Escape), or type a 2, 4 or 6 digit code directly. The chosen
 * code travels in a hidden input named `name`; an empty string means no code.
 */
export function HsPicker({ name, label, defaultValue = "", locale: rawLocale, placeholder }: Props) {
  const t = useTranslations("hs");
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const statusId = `${id}-status`;

  const [query, setQuery] = useState(defaultValue);
  const [chosen, setChosen] = useState<Option | null>(defaultValue ? { code: defaultValue, name: "" } : null);
  const [results, setResults] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<"idle" | "loading" | "done" | "error">("idle");
  // Only searches the user started open the list; naming the saved code on load must not.
  const searching = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // Set when the form was sent with words in the field that were never picked as a code.
  const [unpicked, setUnpicked] = useState(false);
  const typedButNotPicked = () => {
    const typed = query.trim();
    return typed !== "" && typed !== chosen?.code;
  };
  const latestCheck = useRef(typedButNotPicked);
  useEffect(() => {
    latestCheck.current = typedButNotPicked;
  });

  // A search word left in the field would be sent as "no code" (or the previous one) without a
  // word: stop the form and ask for a pick instead. Listens on the window in the capture phase,
  // so it runs before React's own submit handling and the form action never starts.
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (event.target !== inputRef.current?.form || !latestCheck.current()) return;
      event.preventDefault();
      event.stopPropagation();
      setUnpicked(true);
      inputRef.current?.focus();
    };
    window.addEventListener("submit", onSubmit, true);
    return () => window.removeEventListener("submit", onSubmit, true);
  }, []);

  // Name the saved code once, so an edit form shows "6110 — Jerseys…" rather than bare digits.
  const initialCode = useRef(defaultValue);
  useEffect(() => {
    const code = initialCode.current;
    if (!CODE_RE.test(code)) return;
    const controller = new AbortController();
    fetchHs({ code, locale }, controller.signal)
      .then(([hit]) => {
        if (hit) setChosen((current) => (current?.code === hit.code ? hit : current));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [locale]);

  // Debounced search as the user types; a newer keystroke aborts the older request.
  useEffect(() => {
    if (!searching.current) return;
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState("loading");
      fetchHs({ q, locale }, controller.signal)
        .then((found) => {
          // A typed code that the nomenclature names gets its name shown as the choice.
          const exact = found.find((option) => option.code === q);
          if (exact) setChosen((current) => (current?.code === exact.code ? exact : current));
          setResults(found);
          setActive(found.length ? 0 : -1);
          setState("done");
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) {
            console.error(error);
            setResults([]);
            setState("error");
          }
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale]);

  function choose(option: Option) {
    setUnpicked(false);
    setChosen(option);
    setQuery(option.code);
    setOpen(false);
    setActive(-1);
    searching.current = false;
  }

  function onChange(value: string) {
    searching.current = true;
    setUnpicked(false);
    setQuery(value);
    setOpen(true);
    const typed = value.trim();
    // A code typed in full is a choice in itself; a search word keeps the last choice until
    // another is made, and clearing the field clears the code.
    if (CODE_RE.test(typed)) setChosen((current) => (current?.code === typed ? current : { code: typed, name: "" }));
    else if (!typed) {
      setChosen(null);
      setResults([]);
      setState("idle");
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else if (results.length) setActive((i) => (i + 1) % results.length);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (results.length) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
        break;
      case "Enter":
        // Enter picks from an open list instead of submitting the form.
        if (open && active >= 0 && results[active]) {
          event.preventDefault();
          choose(results[active]);
        } else if (open) {
          event.preventDefault();
          setOpen(false);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
        }
        break;
    }
  }

  function clear() {
    setUnpicked(false);
    setChosen(null);
    setQuery("");
    setResults([]);
    setOpen(false);
    searching.current = false;
  }

  const expanded = open && query.trim().length > 0 && state !== "idle";
  const typedDigits = query.trim();
  const badDigits = DIGITS_RE.test(typedDigits) && !CODE_RE.test(typedDigits);
  const activeId = expanded && active >= 0 ? `${listboxId}-${active}` : undefined;

  return (
    <div className="relative flex flex-col gap-1" data-testid="hs-picker">
      <label htmlFor={inputId} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <input type="hidden" name={name} value={chosen?.code ?? ""} data-testid="hs-picker-value" />
      <div className="flex gap-2">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          aria-describedby={statusId}
          aria-invalid={badDigits || unpicked || undefined}
          value={query}
          placeholder={placeholder ?? t("searchPlaceholder")}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => searching.current && setOpen(true)}
          onBlur={() => setOpen(false)}
          ref={inputRef}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-indigo-600 focus:ring-2 focus:ring-indigo-200 focus:outline-none aria-[invalid=true]:border-red-600"
          data-testid="hs-picker-input"
        />
        {chosen && (
          <button
            type="button"
            onClick={clear}
            className="rounded-md border border-stone-300 px-3 py-2 text-sm text-stone-700 hover:bg-stone-50"
            data-testid="hs-picker-clear"
          >
            {t("clear")}
          </button>
        )}
      </div>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="absolute top-full z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg"
        data-testid="hs-picker-listbox"
      >
        {results.map((option, index) => (
          <li
            key={option.code}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            onMouseEnter={() => setActive(index)}
            className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-indigo-50 text-indigo-900" : "text-stone-800"}`}
            data-testid="hs-picker-option"
            data-code={option.code}
          >
            <span className="font-mono font-semibold">{option.code}</span> <span>{option.name}</span>
          </li>
        ))}
      </ul>
      <p id={statusId} className="text-xs text-stone-500" aria-live="polite" data-testid="hs-picker-status">
        {expanded && state === "loading" && t("loading")}
        {expanded && state === "done" && (results.length ? t("resultCount", { count: results.length }) : t("noResults"))}
        {state === "error" && t("error")}
        {badDigits && t("invalidCode")}
      </p>
      {unpicked && (
        <p className="text-sm text-red-700" role="alert" data-testid="hs-picker-unpicked">
          {t("notPicked")}
        </p>
      )}
      {chosen && (
        <p className="text-sm text-stone-700" data-testid="hs-picker-selected">
          {chosen.name ? t("selected", { code: chosen.code, name: chosen.name }) : t("selectedCode", { code: chosen.code })}
        </p>
      )}
    </div>
  );
}
