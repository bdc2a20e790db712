import { expect, type Page } from "@playwright/test";

/** Page object for an inquiry thread: messages, meetings, stage, timeline (any UI language). */
export class ThreadPage {
  constructor(readonly page: Page) {}

  async post(text: string) {
    const form = this.page.getByTestId("message-form");
    await form.locator('textarea[name="body"]').fill(text);
    await form.locator('button[type="submit"]').click();
    await expect(this.page.getByTestId("message").filter({ hasText: text })).toBeVisible();
  }

  async proposeMeeting(slots: string[]) {
    await this.page.locator("details:has([data-testid=meeting-form]) > summary").click();
    const form = this.page.getByTestId("meeting-form");
    await form.locator('input[name="mode"][value="online"]').check();
    for (const [i, slot] of slots.entries()) await form.locator(`#slot${i + 1}`).fill(slot);
    await form.locator('button[type="submit"]').click();
    // Meetings are listed oldest first: the new proposal is the last one.
    await expect(this.page.getByTestId("meeting").last()).toHaveAttribute("data-status", "proposed");
  }

  /** Cancels the one meeting still open to cancelling, giving a reason. */
  async cancelMeeting(reason: string) {
    const cancelled = this.page.locator('[data-testid="meeting"][data-status="cancelled"]');
    const before = await cancelled.count();
    const cancel = this.page.getByTestId("meeting-cancel");
    await cancel.locator("summary").click();
    await cancel.locator('textarea[name="reason"]').fill(reason);
    await cancel.locator('button[type="submit"]').click();
    await expect(cancelled).toHaveCount(before + 1);
  }

  async moveTo(stage: string) {
    const form = this.page.getByTestId("stage-form");
    await form.locator('select[name="stage"]').selectOption(stage);
    await form.locator('button[type="submit"]').click();
    await expect(this.page.getByTestId("deal-stage")).toHaveAttribute("data-stage", stage);
  }

  async timeline(): Promise<(string | null)[]> {
    const events = this.page.getByTestId("timeline-event");
    return events.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-type")));
  }
}
