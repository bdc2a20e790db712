import { expect, type Page } from "@playwright/test";

/** Page object for the sign-up, sign-in and account screens. */
export class AuthPages {
  constructor(private readonly page: Page) {}

  async signUp(locale: string, data: { type: "sme" | "distributor"; typeLabel: string; name: string; email: string; password: string }) {
    await this.page.goto(`/${locale}/sign-up`);
    await this.page.getByLabel(data.typeLabel).check();
    await this.page.locator("#name").fill(data.name);
    await this.page.locator("#email").fill(data.email);
    await this.page.locator("#password").fill(data.password);
    await this.page.locator("form button[type=submit]").click();
  }

  async signIn(locale: string, email: string, password: string) {
    await this.page.goto(`/${locale}/sign-in`);
    await this.page.locator("#email").fill(email);
    await this.page.locator("#password").fill(password);
    await this.page.locator("main form button[type=submit]").click();
  }

  async signOut(label: string) {
    await this.page.getByRole("button", { name: label }).click();
    await expect(this.page.getByRole("button", { name: label })).toHaveCount(0);
  }

  async expectAccount(email: string, role: string) {
    await expect(this.page.getByTestId("account-email")).toHaveText(email);
    await expect(this.page.getByTestId("account-role")).toHaveText(role);
  }
}
