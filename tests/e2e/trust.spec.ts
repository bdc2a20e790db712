import { expect, test } from "@playwright/test";
import { DocumentsPage, VerificationPage } from "./pages/trust";
import { signedIn } from "./support";

const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n") });

test("a chamber verifies a company's business licence and the badge on its profile shows the date", async ({ browser }) => {
  test.setTimeout(240_000);
  const number = `0110-01-${Date.now().toString().slice(-6)}`;
  // The demo maker uploads its licence.
  const sme = await signedIn(browser, "ja", "sme@demo.kakehashi.jp");
  const documents = new DocumentsPage(sme.page);
  await documents.open("ja");
  await documents.add({ kind: "business_licence", issuer: "新潟地方法務局", number, file: pdf("licence.pdf") });
  await expect(sme.page.getByRole("status").filter({ hasText: "書類を登録しました。" })).toBeVisible({ timeout: 30_000 });
  await expect(sme.page.getByTestId("document").filter({ hasText: number })).toBeVisible();

  // Its chamber finds it on the list of members due for verification, checks the licence and records it.
  const admin = await signedIn(browser, "ja", "chamber@demo.kakehashi.jp");
  const verification = new VerificationPage(admin.page);
  await verification.openDue("ja", "見附ニット工業");
  await verification.verify(new RegExp(number), "確認を記録");
  await expect(admin.page.getByRole("status").filter({ hasText: "確認を記録しました。" })).toBeVisible({ timeout: 30_000 });
  const companyPath = new URL(admin.page.url()).pathname.replace("/ja/admin/companies/", "/ja/companies/");

  // The profile, as a partner sees it, carries the chamber's badge with today's date and the licence checked.
  const today = new Intl.DateTimeFormat("ja", { dateStyle: "long", timeZone: "Asia/Tokyo" }).format(new Date());
  const distributor = await signedIn(browser, "ja", "distributor@demo.kakehashi.jp");
  await distributor.page.goto(companyPath);
  const badge = new VerificationPage(distributor.page).badge();
  await expect(badge.getByTestId("verified-by")).toHaveText(`見附商工会議所が${today}に確認済み`);
  await expect(badge.getByTestId("checked-item").filter({ hasText: number })).toHaveAttribute("data-marked", "true");
  await expect(distributor.page.getByTestId("reply-rate")).toBeVisible();
  // Once verified, the member is no longer due.
  await admin.page.goto("/ja/chamber/verifications");
  await expect(admin.page.getByRole("link", { name: "見附ニット工業", exact: true })).toHaveCount(0);
  await Promise.all([sme.close(), admin.close(), distributor.close()]);
});
