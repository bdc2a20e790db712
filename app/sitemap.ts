import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/routing";
import { listSitemapEntries } from "@/lib/public/pages";
import { languageAlternates, publicPaths, publicUrl } from "@/lib/public/seo";

// Read at request time: which companies are public changes with every approval and opt-in.
export const dynamic = "force-dynamic";

/** Every public page in each language, each naming its other languages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await listSitemapEntries();
  return entries.flatMap(({ kind, id, updatedAt }) => {
    const path = publicPaths[kind](id);
    const languages = languageAlternates(path);
    return locales.map((locale) => ({ url: publicUrl(locale, path), lastModified: updatedAt, alternates: { languages } }));
  });
}
