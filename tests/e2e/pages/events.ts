import { expect, type Page } from "@playwright/test";

export type EventFields = Record<string, string>;

/** Page objects for the event pages (any UI language: buttons are found by their form's fields or test ids). */
export class EventPages {
  constructor(readonly page: Page) {}

  /** The organizer fills the new-event form; returns the event's id from the manage page it lands on. */
  async create(locale: string, fields: EventFields): Promise<string> {
    await this.page.goto(`/${locale}/events/new`);
    const form = this.page.getByTestId("event-form");
    for (const [name, value] of Object.entries(fields)) {
      const field = form.locator(`[name="${name}"]`);
      if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption(value);
      else await field.fill(value);
    }
    await form.locator('button[type="submit"]').click();
    await expect(this.page).toHaveURL(new RegExp(`/${locale}/events/[0-9a-f-]{36}/manage$`));
    return this.page.url().split("/").at(-2)!;
  }

  async register(locale: string, eventId: string) {
    await this.page.goto(`/${locale}/events/${eventId}`);
    await this.page.getByTestId("register-form").locator('button[type="submit"]').click();
    await expect(this.page.getByTestId("participation-status")).toHaveAttribute("data-status", "pending");
  }

  async manage(locale: string, eventId: string) {
    await this.page.goto(`/${locale}/events/${eventId}/manage`);
  }

  /** The organizer accepts the waiting registration of the company named `name`. */
  async accept(name: string) {
    const row = this.page.getByTestId("registration").filter({ hasText: name });
    await row.locator('input[name="decision"][value="accepted"] ~ button').click();
    await expect(row).toHaveAttribute("data-status", "accepted");
  }

  async participants(locale: string, eventId: string) {
    await this.page.goto(`/${locale}/events/${eventId}/participants`);
  }

  async requestTalk(name: string) {
    const card = this.page.getByTestId("match-card").filter({ hasText: name });
    await card.locator('input[name="toCompanyId"] ~ button').click();
    await expect(card.getByTestId("pair-request")).toHaveAttribute("data-status", "pending");
  }

  async acceptRequest(name: string) {
    const row = this.page.getByTestId("incoming-request").filter({ hasText: name });
    await row.locator('input[name="decision"][value="accepted"] ~ button').click();
    await expect(row).toHaveCount(0);
  }

  async agenda(locale: string, eventId: string) {
    await this.page.goto(`/${locale}/events/${eventId}/agenda`);
  }

  async checkIn() {
    const talk = this.page.getByTestId("agenda-talk").first();
    // The check-in button's own form, not the note form's (which also names the talk).
    await talk.locator('form:not([data-testid="note-form"]) input[name="talkId"] ~ button').click();
    await expect(talk.getByTestId("checked-in")).toBeVisible();
  }

  async writeNote(interest: string, nextStep: string, note: string) {
    const talk = this.page.getByTestId("agenda-talk").first();
    await talk.locator("details > summary").click();
    const form = talk.getByTestId("note-form");
    await form.locator('select[name="interest"]').selectOption(interest);
    await form.locator('select[name="nextStep"]').selectOption(nextStep);
    await form.locator('textarea[name="note"]').fill(note);
    await form.locator('button[type="submit"]').click();
    await expect(talk.getByTestId("own-note")).toBeVisible();
  }

  /** A figure of the event report's overall section, as the organizer sees it. */
  async figure(locale: string, eventId: string, key: string): Promise<string> {
    await this.page.goto(`/${locale}/events/${eventId}/report`);
    return (await this.page.getByTestId(`figure-${key}`).locator("dd").textContent()) ?? "";
  }
}
