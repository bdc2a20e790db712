// Addresses, hreflang alternates and schema.org data for the public pages and the sitemap.
import type { Metadata } from "next";
import type { Localized } from "@/db/schema/localized";
import { env } from "@/lib/env";
import { pickLocalized } from "@/lib/i18n/localized";
import { locales, routing, type Locale } from "@/lib/i18n/routing";

export const publicPaths = {
  company: (id: string) => `/p/companies/${id}`,
  product: (id: string) => `/p/products/${id}`,
  /** Not under a locale: served by app/api/public-images. */
  image: (id: string) => `/api/public-images/${id}`,
};

/** The absolute address of a path (without locale) in `locale`. */
export function publicUrl(locale: Locale, path: string, base = env("APP_URL")): string {
  return `${base}/${locale}${path}`;
}

/** The same page in every language, plus x-default (the default locale), as hreflang alternates. */
export function languageAlternates(path: string, base = env("APP_URL")): Record<string, string> {
  const entries: [string, string][] = locales.map((l) => [l === "zh" ? "zh-Hans" : l, publicUrl(l, path, base)]);
  return Object.fromEntries([...entries, ["x-default", publicUrl(routing.defaultLocale, path, base)]]);
}

/** Plain text in the reader's language for a meta tag: one line, at most `max` characters. */
export function metaText(value: Localized | null | undefined, locale: Locale, max = 200): string {
  const text = (pickLocalized(value, locale)?.text ?? "").replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const ogLocales: Record<Locale, string> = { ja: "ja_JP", zh: "zh_CN", en: "en_US" };

/** Title, description, canonical and hreflang alternates, and OpenGraph tags of a public page. */
export function publicMetadata(input: {
  locale: Locale;
  path: string;
  title: string;
  description: string;
  type: "profile" | "website";
  imageId?: string;
}): Metadata {
  const url = publicUrl(input.locale, input.path);
  const images = input.imageId ? [{ url: `${env("APP_URL")}${publicPaths.image(input.imageId)}` }] : undefined;
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: url, languages: languageAlternates(input.path) },
    openGraph: {
      title: input.title,
      description: input.description,
      url,
      type: input.type,
      siteName: "Kakehashi",
      locale: ogLocales[input.locale],
      alternateLocale: locales.filter((l) => l !== input.locale).map((l) => ogLocales[l]),
      ...(images ? { images } : {}),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so that no text a company wrote
 * (a name holding "</script>") can close the element, and the line separators JavaScript parsers trip on.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

type OrganizationInput = { id: string; name: string; description: string; country: string; city: string | null; website: string | null };

export function organizationLd(locale: Locale, c: OrganizationInput): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": publicUrl(locale, publicPaths.company(c.id)),
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    url: publicUrl(locale, publicPaths.company(c.id)),
    address: { "@type": "PostalAddress", addressCountry: c.country, ...(c.city ? { addressLocality: c.city } : {}) },
    ...(c.website ? { sameAs: [c.website] } : {}),
  };
}

type ProductInput = {
  id: string;
  name: string;
  description: string;
  hsCode: string | null;
  priceMinJpy: number | null;
  priceMaxJpy: number | null;
  images: { id: string }[];
};

/** A schema.org Product; the price only as the public range (an AggregateOffer in yen). */
export function productLd(locale: Locale, p: ProductInput, company: { id: string; name: string }): Record<string, unknown> {
  const low = p.priceMinJpy ?? p.priceMaxJpy;
  const high = p.priceMaxJpy ?? p.priceMinJpy;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    url: publicUrl(locale, publicPaths.product(p.id)),
    ...(p.images.length ? { image: p.images.map((i) => `${env("APP_URL")}${publicPaths.image(i.id)}`) } : {}),
    ...(p.hsCode ? { additionalProperty: { "@type": "PropertyValue", name: "HS code", value: p.hsCode } } : {}),
    brand: { "@type": "Organization", name: company.name, url: publicUrl(locale, publicPaths.company(company.id)) },
    ...(low !== null && high !== null ? { offers: { "@type": "AggregateOffer", priceCurrency: "JPY", lowPrice: low, highPrice: high } } : {}),
  };
}
