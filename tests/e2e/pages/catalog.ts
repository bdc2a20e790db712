import { expect, type Page } from "@playwright/test";

/** Page object for the SME's product screens (English UI labels). */
export class ProductPages {
  constructor(private readonly page: Page) {}

  /** Creates a product and returns its id. */
  async create(data: { nameJa: string; descriptionJa?: string; hsQuery?: string; priceMin?: string; priceMax?: string; moq?: string }): Promise<string> {
    const page = this.page;
    await page.goto("/en/company/products/new");
    await page.getByLabel("Name (Japanese)").fill(data.nameJa);
    if (data.descriptionJa) await page.getByLabel("Description (Japanese)").fill(data.descriptionJa);
    if (data.hsQuery) {
      await page.getByTestId("hs-picker-input").fill(data.hsQuery);
      await page.getByTestId("hs-picker-option").first().click();
    }
    if (data.priceMin) await page.getByLabel("Wholesale price from (JPY)").fill(data.priceMin);
    if (data.priceMax) await page.getByLabel("Wholesale price to (JPY)").fill(data.priceMax);
    if (data.moq) await page.getByLabel("Minimum order quantity (units)").fill(data.moq);
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/company\/products\/[0-9a-f-]{36}\?created=1$/);
    return page.url().match(/products\/([0-9a-f-]{36})/)![1]!;
  }

  async uploadImage(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel("Add images").setInputFiles(file);
    await this.page.getByRole("button", { name: "Upload images" }).click();
    await expect(this.page.locator('img[src^="/api/images/"]')).toHaveCount(1);
  }
}
