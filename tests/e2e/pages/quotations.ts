import { expect, type Page } from "@playwright/test";

export type Terms = {
  productName: string;
  unitPriceJpy: string;
  moq: string;
  incoterm: string;
  place: string;
  leadTimeDays: string;
  paymentTerms: string;
  validUntil: string;
};

/** Page object for needs, quotations and samples (any UI language: fields are found by name). */
export class QuotationPages {
  constructor(readonly page: Page) {}

  /** Posts a need with a deadline and returns its id (from the link to its quotations). */
  async postNeed(locale: string, need: { descriptionZh: string; quantity: string; deadline: string }): Promise<string> {
    await this.page.goto(`/${locale}/company/needs`);
    await this.page.locator("#descriptionZh").fill(need.descriptionZh);
    await this.page.locator("#quantityPerDelivery").fill(need.quantity);
    await this.page.locator("#deadline").fill(need.deadline);
    await this.page.locator('form:has(#descriptionZh) button[type="submit"]').click();
    const item = this.page.getByTestId("need").filter({ hasText: need.descriptionZh });
    await expect(item).toBeVisible();
    const href = await item.getByTestId("need-quotations-link").getAttribute("href");
    expect(href).toMatch(/\/company\/needs\/[0-9a-f-]{36}$/);
    return href!.split("/").pop()!;
  }

  async fillTerms(terms: Terms) {
    const form = this.page.getByTestId("quotation-form");
    await form.locator('input[name="productName"]').fill(terms.productName);
    await form.locator('input[name="unitPriceJpy"]').fill(terms.unitPriceJpy);
    await form.locator('input[name="moq"]').fill(terms.moq);
    await form.locator('select[name="incoterm"]').selectOption(terms.incoterm);
    await form.locator('input[name="incotermPlace"]').fill(terms.place);
    await form.locator('input[name="leadTimeDays"]').fill(terms.leadTimeDays);
    await form.locator('textarea[name="paymentTerms"]').fill(terms.paymentTerms);
    await form.locator('input[name="validUntil"]').fill(terms.validUntil);
  }

  /** Quotes on a need and returns the thread's path (without the locale) it lands in. */
  async quote(locale: string, needId: string, terms: Terms): Promise<string> {
    await this.page.goto(`/${locale}/quotations/new?need=${needId}`);
    await this.fillTerms(terms);
    await this.page.getByTestId("quotation-form").locator('button[type="submit"]').click();
    await expect(this.page).toHaveURL(new RegExp(`/${locale}/inquiries/[0-9a-f-]{36}$`));
    return new URL(this.page.url()).pathname.replace(new RegExp(`^/${locale}`), "");
  }

  quotationOf(company: string) {
    return this.page.getByTestId("quotation").filter({ hasText: company });
  }
}
