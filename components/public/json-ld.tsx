/** schema.org data for search engines; `text` comes from jsonLdText (lib/public/seo.ts), which escapes `<`. */
export function JsonLd({ text }: { text: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />;
}
