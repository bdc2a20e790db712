import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** Where tests/e2e/mail-sink.mjs writes the emails the app under test sent (see playwright.config.ts). */
export const mailDir = path.resolve(process.env.E2E_MAIL_DIR ?? `.data/e2e-mail-${process.env.E2E_PORT ?? 3100}`);

/** The newest emailed one-time link to this address, waiting for the mail worker to send it. */
export async function emailedLink(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const names = (await readdir(mailDir).catch(() => [] as string[])).sort().reverse();
        for (const name of names) {
          const mail = JSON.parse(await readFile(path.join(mailDir, name), "utf8")) as { to: string[]; text: string };
          const found = mail.to.includes(email.toLowerCase()) && /https?:\/\/\S+\/email-link\?token=[\w-]+/.exec(mail.text)?.[0];
          if (found) return (link = found);
        }
        return undefined;
      },
      { timeout: 30_000, message: `an emailed link to ${email}` },
    )
    .toBeTruthy();
  return link!;
}

/** Opens the link sign-up emailed and signs in with it: the address is then confirmed. */
export async function confirmEmail(page: Page, email: string, locale: string): Promise<void> {
  const link = new URL(await emailedLink(email));
  await page.goto(link.pathname.replace(/^\/\w\w\//, `/${locale}/`) + link.search);
  await page.getByTestId("email-link-sign-in").locator("button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
}
