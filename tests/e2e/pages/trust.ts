import { expect, type Page } from "@playwright/test";

/** Page objects for the evidence behind a chamber's badge: the company's documents, the chamber's verification. */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  async open(locale: string) {
    await this.page.goto(`/${locale}/company/documents`);
    await expect(this.page.getByTestId("document-form")).toBeVisible();
  }

  async add(data: { kind: string; issuer: string; number: string; expiresOn?: string; file: { name: string; mimeType: string; buffer: Buffer } }) {
    const form = this.page.getByTestId("document-form");
    await form.locator("#kind").selectOption(data.kind);
    await form.locator("#issuer").fill(data.issuer);
    await form.locator("#number").fill(data.number);
    if (data.expiresOn) await form.locator("#expiresOn").fill(data.expiresOn);
    await form.locator("#files").setInputFiles([data.file]);
    await form.locator('button[type="submit"]').click();
  }
}

export class VerificationPage {
  constructor(readonly page: Page) {}

  /** The chamber's "verification due" list, from which the admin opens a member. */
  async openDue(locale: string, companyName: string) {
    await this.page.goto(`/${locale}/chamber/verifications`);
    await this.page.getByTestId("verifications-due").getByRole("link", { name: companyName, exact: true }).click();
    await expect(this.page.getByTestId("verify-form")).toBeVisible();
  }

  async verify(itemLabel: RegExp, submit: string) {
    const form = this.page.getByTestId("verify-form");
    await form.getByRole("checkbox", { name: itemLabel }).check();
    await form.getByRole("button", { name: submit }).click();
  }

  badge() {
    return this.page.getByTestId("verification-badge");
  }
}
