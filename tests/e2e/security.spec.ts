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

test("a server action payload that cannot be read gets a 400 in the reader's language, and one over the limit a 413", async ({ page }) => {
  // The id of a real action, from the request the sign-in form sends.
  await page.goto("/ja/sign-in");
  const sent = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await page.locator("main form button[type=submit]").click();
  const actionId = (await sent).headers()["next-action"]!;

  const broken = await page.request.post("/ja/sign-in", {
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
    data: '["$K1", {broken',
  });
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toBe("このリクエストを読み取れませんでした。ページを再読み込みしてもう一度お試しください。");
  const unknown = await page.request.post("/zh/sign-in", {
    headers: { "next-action": "not-an-action", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect([unknown.status(), await unknown.text()]).toEqual([400, "无法读取此请求。请刷新页面后重试。"]);

  const huge = await page.request.post("/en/sign-in", {
    headers: { "next-action": actionId, "content-type": "multipart/form-data; boundary=x" },
    data: Buffer.alloc(60 * 1024 * 1024, 0x61),
    failOnStatusCode: false,
  });
  expect([huge.status(), await huge.text()]).toEqual([413, "This form is too large to send: at most 45 MB together. Try again with smaller or fewer files."]);
});

test("a 12 MB exchange file goes through the admin import page", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await signedIn(browser, "en", "admin@demo.kakehashi.jp");
  const ref = `large-file-${Date.now()}`;
  const doc = JSON.stringify(
    { format: "kakehashi-exchange/1", companies: [{ ref, kind: "sme", name: { en: "Twelve Megabyte Knit" }, country: "JP", region: "JP-15" }] },
    null,
    2,
  );
  // One company, and JSON whitespace up to 12 MB: the size is what the upload path must carry.
  const file = Buffer.from(doc.replace(/\n}$/, `${" ".repeat(12 * 1024 * 1024 - doc.length)}\n}`));
  expect(file.byteLength).toBeGreaterThanOrEqual(12 * 1024 * 1024);
  await admin.page.goto("/en/admin/import");
  await admin.page.locator("#exchange-file").setInputFiles({ name: "members-12mb.json", mimeType: "application/json", buffer: file });
  await admin.page.getByRole("button", { name: "Check file" }).click();
  await expect(admin.page.getByTestId("import-report")).toContainText("1 new company", { timeout: 60_000 });
  await admin.page.getByRole("button", { name: /Import 1 compan/ }).click();
  await expect(admin.page.getByText(/^Imported: 1 new company/)).toBeVisible({ timeout: 60_000 });
  await admin.close();
});
