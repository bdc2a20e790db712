import { expect, type Page } from "@playwright/test";

/** Page object for the chamber console (/chamber), its printable report and its member table (/chamber/members). */
export class ChamberConsole {
  constructor(readonly page: Page) {}

  async open(locale: string) {
    await this.page.goto(`/${locale}/chamber`);
    await expect(this.page.getByTestId("funnel-table")).toBeVisible();
  }

  /** The funnel's figures and the recommendations' as numbers, read from the tables beside the charts. */
  async figures(): Promise<Record<string, number>> {
    const read = async (id: string) => Number((await this.page.getByTestId(id).innerText()).replace(/[^\d]/g, ""));
    const out: Record<string, number> = {};
    for (const step of ["members", "matched", "contacted", "replied", "met", "samples", "signed"]) out[step] = await read(`funnel-${step}`);
    for (const id of ["rec-pairs", "rec-contacted", "rec-signed", "own-contacted"]) out[id] = await read(id);
    return out;
  }

  async members(locale: string, query: Record<string, string>) {
    await this.page.goto(`/${locale}/chamber/members?${new URLSearchParams(query)}`);
    await expect(this.page.getByTestId("members-count")).toBeVisible();
  }

  /** Ticks every member row shown and presses the bulk button named `label`. */
  async bulk(label: string) {
    const boxes = this.page.getByTestId("members-table").locator('input[name="companyIds"]');
    for (const box of await boxes.all()) await box.check();
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }

  /** Follows the console's link to the printable report of the period shown. */
  async openReport() {
    await this.page.getByTestId("report-link").click();
    await expect(this.page.getByTestId("chamber-report")).toBeVisible();
  }

  /** The report's signed deals, one line of cell texts each. */
  async signedDeals(): Promise<string[][]> {
    return this.page
      .getByTestId("signed-deal")
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
  }

  /** Ticks the rows whose text holds each of `names`, writes a message and sends it. */
  async message(names: string[], subject: string, body: string, labels: { open: string; subject: string; body: string; send: string }) {
    for (const name of names)
      await this.page.getByTestId("members-table").locator("tbody tr").filter({ hasText: name }).locator('input[name="companyIds"]').check();
    await this.page.getByRole("button", { name: labels.open, exact: true }).click();
    await this.page.getByLabel(labels.subject, { exact: true }).fill(subject);
    await this.page.getByLabel(labels.body, { exact: true }).fill(body);
    await this.page.getByRole("button", { name: labels.send, exact: true }).click();
  }
}
