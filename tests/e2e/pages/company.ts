import { expect, type Page } from "@playwright/test";

/** Page object for the company area: onboarding, profile form, status. */
export class CompanyPages {
  constructor(private readonly page: Page) {}

  async create(
    locale: string,
    data: { nameJa?: string; nameZh?: string; nameEn?: string; region: string; chamberLabel?: string; registryNumber?: string; submit: string },
  ) {
    await this.page.goto(`/${locale}/company`);
    if (data.nameJa) await this.page.locator("#name_ja").fill(data.nameJa);
    if (data.nameZh) await this.page.locator("#name_zh").fill(data.nameZh);
    if (data.nameEn) await this.page.locator("#name_en").fill(data.nameEn);
    await this.page.locator("#region").selectOption(data.region);
    if (data.chamberLabel) await this.page.locator("#chamberId").selectOption({ label: data.chamberLabel });
    if (data.registryNumber) await this.page.locator("#registryNumber").fill(data.registryNumber);
    await this.page.getByRole("button", { name: data.submit }).click();
  }

  status() {
    return this.page.getByTestId("company-status");
  }

  async publicProfileHref(label: string): Promise<string> {
    const href = await this.page.getByRole("link", { name: label }).getAttribute("href");
    expect(href).toMatch(/\/companies\/[0-9a-f-]{36}$/);
    return href!;
  }
}

/** Page object for the admin moderation screens. */
export class AdminPages {
  constructor(private readonly page: Page) {}

  async openFromQueue(locale: string, companyName: string) {
    await this.page.goto(`/${locale}/admin`);
    await this.page.getByRole("link", { name: companyName }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(companyName);
  }

  async decide(button: string, reason?: { label: string; text: string }) {
    if (reason) await this.page.getByLabel(reason.label).fill(reason.text);
    await this.page.getByRole("button", { name: button, exact: true }).click();
  }
}
