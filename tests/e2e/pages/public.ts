import { expect, type Page } from "@playwright/test";

/** Page object for the owner's public page setting, the public pages and the saved searches on /search. */
export class PublicPages {
  constructor(private readonly page: Page) {}

  /** Turns the company's public page on from /company (Japanese owner) and returns its public address. */
  async makePublic(): Promise<string> {
    await this.page.goto("/ja/company");
    const setting = this.page.getByTestId("public-page-setting");
    await setting.getByRole("button", { name: "公開する" }).click();
    await expect(setting.getByRole("status")).toHaveText("公開ページを有効にしました。");
    await this.page.reload();
    await expect(this.page.getByTestId("public-page-state")).toContainText("現在公開中です。");
    const href = await this.page.getByRole("link", { name: "公開ページを開く" }).getAttribute("href");
    expect(href).toMatch(/^\/ja\/p\/companies\/[0-9a-f-]{36}$/);
    return href!;
  }

  /** The hreflang alternates in the page's head, by language. */
  async alternates(): Promise<Record<string, string>> {
    const links = this.page.locator('head link[rel="alternate"][hreflang]');
    const pairs = await links.evaluateAll((els) => els.map((el) => [el.getAttribute("hreflang") ?? "", el.getAttribute("href") ?? ""]));
    return Object.fromEntries(pairs);
  }

  async structuredData(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}") as Record<string, unknown>;
  }

  /** Saves the search on screen from the saved searches panel (Japanese). */
  async saveSearch(name: string, frequency: "毎日" | "毎週") {
    await this.page.getByTestId("saved-searches-panel").locator("summary").click();
    const form = this.page.getByTestId("save-search-form");
    await form.getByLabel("名前").fill(name);
    await form.getByLabel("お知らせの頻度").selectOption({ label: frequency });
    await form.getByRole("button", { name: "検索を保存" }).click();
    await expect(form.getByRole("status")).toHaveText(`「${name}」を保存しました。`);
  }
}
