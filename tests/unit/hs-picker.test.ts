import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { HsPicker } from "@/components/hs/hs-picker";
import ja from "@/messages/ja.json";

/** The hidden input that carries the code to the form, by the name the form gave it. */
function hiddenValue(html: string, name: string): string | undefined {
  const input = new RegExp(`<input type="hidden"[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  return input ? /value="([^"]*)"/.exec(input)?.[1] : undefined;
}

function render(props: Partial<Parameters<typeof HsPicker>[0]> = {}): string {
  const picker = createElement(HsPicker, { name: "hsCode", label: "HSコード", locale: "ja", ...props });
  const provider: ComponentProps<typeof NextIntlClientProvider> = { locale: "ja", messages: ja, timeZone: "Asia/Tokyo", children: picker };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

describe("HsPicker (first render)", () => {
  it("labels a closed combobox that controls a listbox", () => {
    const html = render();
    const inputId = /<label for="([^"]+)"[^>]*>HSコード<\/label>/.exec(html)?.[1];
    expect(inputId).toBeTruthy();
    const input = new RegExp(`<input[^>]*id="${inputId}"[^>]*>`).exec(html)?.[0] ?? "";
    expect(input).toContain('role="combobox"');
    expect(input).toContain('aria-expanded="false"');
    const listboxId = /aria-controls="([^"]+)"/.exec(input)?.[1];
    expect(html).toMatch(new RegExp(`<ul[^>]*id="${listboxId}"[^>]*role="listbox"`));
    expect(input).toContain(`placeholder="${ja.hs.searchPlaceholder}"`);
  });

  it("carries the saved code in the hidden input named by the form and shows it as chosen", () => {
    const html = render({ defaultValue: "6110" });
    expect(hiddenValue(html, "hsCode")).toBe("6110");
    expect(html).toContain("選択中：6110");
    expect(html).toContain('data-testid="hs-picker-clear"');
  });

  it("sends an empty code when nothing is chosen, and takes a custom placeholder", () => {
    const html = render({ name: "needHs", placeholder: "例：包丁" });
    expect(hiddenValue(html, "needHs")).toBe("");
    expect(html).toContain('placeholder="例：包丁"');
    expect(html).not.toContain("選択中");
  });
});
