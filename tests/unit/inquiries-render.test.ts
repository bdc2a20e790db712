import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText } from "@/components/inquiries/message-text";
import { linkify } from "@/lib/inquiries/linkify";

const render = (text: string) => renderToStaticMarkup(createElement(MessageText, { text }));

describe("message text", () => {
  it("renders an http(s) URL as an anchor with rel noopener noreferrer nofollow", () => {
    const html = render("Catalogue: https://mitsuke-knit.example.jp/catalog.pdf, see page 3.");
    expect(html).toBe(
      '<p class="break-words whitespace-pre-wrap">Catalogue: <a href="https://mitsuke-knit.example.jp/catalog.pdf" rel="noopener noreferrer nofollow" target="_blank" class="text-indigo-800 underline">https://mitsuke-knit.example.jp/catalog.pdf</a>, see page 3.</p>',
    );
  });

  it("shows a script tag as text, not markup", () => {
    const html = render('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("never links javascript: or data: URLs", () => {
    const html = render("javascript:alert(1) data:text/html,<b>x</b>");
    expect(html).not.toContain("<a");
  });

  it("stops a URL at Japanese text and at sentence punctuation", () => {
    expect(linkify("詳細はhttps://example.jp/a?b=1をご覧ください。")).toEqual([
      { kind: "text", text: "詳細は" },
      { kind: "link", text: "https://example.jp/a?b=1", href: "https://example.jp/a?b=1" },
      { kind: "text", text: "をご覧ください。" },
    ]);
    expect(linkify("(see https://en.wikipedia.org/wiki/Knit_(fabric)).").map((s) => s.text)).toEqual([
      "(see ",
      "https://en.wikipedia.org/wiki/Knit_(fabric)",
      ").",
    ]);
  });

  it("cannot break out of the href with quotes", () => {
    const html = render('https://example.jp/"onmouseover="alert(1)');
    expect(html).toContain('<a href="https://example.jp/"');
    expect(html).toContain("&quot;onmouseover=&quot;alert(1)");
    expect(html).not.toMatch(/<a [^>]*onmouseover/);
  });

  it("keeps line breaks and plain text as typed", () => {
    expect(linkify("line 1\nline 2")).toEqual([{ kind: "text", text: "line 1\nline 2" }]);
    expect(linkify("")).toEqual([]);
  });
});
