import { writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { AuthPages } from "./pages/auth";
import { signedIn } from "./support";

/** Collects the CSP violations a page reports, which would mean a script or style was blocked. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("every HTML page carries the security headers, and the app works under its CSP", async ({ browser }) => {
  const { page, close } = await signedIn(browser, "en", "admin@demo.kakehashi.jp");
  const violations = watchViolations(page);
  for (const path of ["/en", "/ja/sign-in", "/en/dashboard", "/en/admin", "/zh/search", "/en/settings/account", "/en/companies"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect([path, csp]).toEqual([path, expect.stringContaining("frame-ancestors 'none'")]);
    expect(csp).toMatch(/script-src 'self' 'nonce-/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  }
  // Scripts run under the policy: a client form posts its server action and shows the answer.
  await page.goto("/en/settings/account");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  expect(violations).toEqual([]);
  await close();
});

test("a page cannot be framed by another site", async ({ page }) => {
  await page.goto("/en");
  await page.setContent(`<iframe id="f" src="${new URL("/en/admin", page.url()).href}"></iframe>`);
  // Chromium replaces a refused frame with its error page.
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
});

test("a changed password signs other sessions out and works for the next sign-in", async ({ browser }) => {
  // A fresh account of its own, so that the demo accounts keep their password.
  const email = `pw-${Date.now()}@mitsuke-example.jp`;
  const first = await browser.newContext();
  const page = await first.newPage();
  const auth = new AuthPages(page);
  await auth.signUp("en", { type: "sme", typeLabel: "Japanese manufacturer (SME)", name: "Ito Ken", email, password: "first passphrase for ito" });
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=checkEmail$/);
  await auth.signIn("en", email, "first passphrase for ito");
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  const second = await browser.newContext();
  const other = await second.newPage();
  await new AuthPages(other).signIn("en", email, "first passphrase for ito");
  await expect(other).toHaveURL(/\/en\/dashboard$/);

  await page.goto("/en/settings/account");
  await page.locator("#currentPassword").fill("first passphrase for ito");
  await page.locator("#newPassword").fill("second passphrase for ito");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/en\/settings\/account\?notice=passwordChanged$/);
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await other.goto("/en/dashboard");
  await expect(other).toHaveURL(/\/en\/sign-in/);
  await new AuthPages(other).signIn("en", email, "second passphrase for ito");
  await expect(other).toHaveURL(/\/en\/dashboard$/);
  await first.close();
  await second.close();
});

test("attachments up to the promised sizes go through, and a larger file is refused in place with the text kept", async ({ browser }, testInfo) => {
  // Some 30 MB go up and are stored: slower than the other journeys.
  test.setTimeout(180_000);
  const { page, close } = await signedIn(browser, "en", "distributor@demo.kakehashi.jp");
  // A thread of its own with a seeded supplier.
  await page.goto("/en/companies");
  const href = await page.locator('main a[href^="/en/companies/"]').first().getAttribute("href");
  await page.goto(`/en/inquiries/new?to=${href!.split("/").pop()}`);
  const opening = page.getByTestId("new-inquiry-form");
  await opening.locator('input[name="subject"]').fill(`Samples ${Date.now()}`);
  await opening.locator('textarea[name="body"]').fill("We would like samples of your catalogue.");
  await opening.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/inquiries\/[0-9a-f-]{36}$/);
  const form = page.getByTestId("message-form");
  const pdf = (name: string, megabytes: number) => {
    const buffer = Buffer.alloc(megabytes * 1024 * 1024);
    buffer.write("%PDF-1.7\n");
    return { name, mimeType: "application/pdf", buffer };
  };

  // One 9 MB file, then two of 6 MB in one message: bodies the proxy used to cut at 10 MB.
  await form.locator('textarea[name="body"]').fill("Catalogue attached (9 MB).");
  await form.locator("#message-files").setInputFiles([pdf("catalogue-9mb.pdf", 9)]);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("message").filter({ hasText: "Catalogue attached (9 MB)." })).toBeVisible({ timeout: 30_000 });
  await form.locator('textarea[name="body"]').fill("Two price lists (6 MB each).");
  await form.locator("#message-files").setInputFiles([pdf("prices-a.pdf", 6), pdf("prices-b.pdf", 6)]);
  await form.locator('button[type="submit"]').click();
  const sent = page.getByTestId("message").filter({ hasText: "Two price lists (6 MB each)." });
  await expect(sent).toBeVisible({ timeout: 30_000 });
  await expect(sent.getByTestId("attachment-link")).toHaveCount(2);

  // 60 MB: refused before it is sent, in the reader's language, and the message stays typed.
  await form.locator('textarea[name="body"]').fill("The full video of our factory.");
  // Playwright takes buffers up to 50 MB only: a file this large goes by path.
  const large = testInfo.outputPath("factory-60mb.pdf");
  await writeFile(large, pdf("factory-60mb.pdf", 60).buffer);
  await form.locator("#message-files").setInputFiles(large);
  await form.locator('button[type="submit"]').click();
  await expect(form.getByText("“factory-60mb.pdf” is larger than 10 MB.")).toBeVisible();
  await expect(form.locator('textarea[name="body"]')).toHaveValue("The full video of our factory.");
  await expect(page.getByTestId("message").filter({ hasText: "The full video of our factory." })).toHaveCount(0);
  await close();
});
