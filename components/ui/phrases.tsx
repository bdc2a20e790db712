import { loadDefaultJapaneseParser, loadDefaultSimplifiedChineseParser } from "budoux";
import { Fragment } from "react";

const parsers = { ja: loadDefaultJapaneseParser(), zh: loadDefaultSimplifiedChineseParser() } as const;

/**
 * Japanese or Chinese text with a line-break opportunity (<wbr>) only between phrases, for
 * headings set with `word-break: keep-all`: a narrow screen wraps 「架ける橋」 between words, never
 * inside one. Other languages are returned as they are.
 */
export function Phrases({ text, locale }: { text: string; locale: string }) {
  const parser = locale === "ja" || locale === "zh" ? parsers[locale] : undefined;
  if (!parser) return text;
  return parser.parse(text).map((phrase, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {phrase}
    </Fragment>
  ));
}
