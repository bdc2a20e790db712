import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { ProductPages } from "./pages/catalog";
import { signedIn } from "./support";

test("an SME lists a Japanese-only product with an image; a Chinese reader sees it marked as Japanese with the HS heading in Chinese", async ({ browser }) => {
  const sme = await signedIn(browser, "en", "sme@demo.kakehashi.jp");
  const products = new ProductPages(sme.page);
  const name = `手編み風メリノニットベスト ${Date.now()}`;
  const id = await products.create({
    nameJa: name,
    descriptionJa: "メリノウール100％。見附の工場で編み立て。",
    hsQuery: "6110",
    priceMin: "4800",
    priceMax: "6200",
    moq: "100",
  });
  const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#b4443c" } })
    .png()
    .toBuffer();
  // Named .jpg but a PNG: the server goes by the bytes.
  await products.uploadImage({ name: "vest.jpg", mimeType: "image/jpeg", buffer: png });

  const distributor = await signedIn(browser, "zh", "distributor@demo.kakehashi.jp");
  const page = distributor.page;
  await page.goto(`/zh/products/${id}`);
  await expect(page.getByTestId("product-name")).toContainText(name);
  await expect(page.getByTestId("product-name").getByTestId("fallback-mark")).toHaveText("原文：日语");
  await expect(page.getByTestId("product-name").locator('span[lang="ja"]')).toHaveText(name);
  await expect(page.getByTestId("hs-name")).toContainText("针织");
  const image = page.locator('img[src^="/api/images/"]').first();
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
  await expect(page.getByTestId("price-cny")).toBeVisible();

  await sme.close();
  await distributor.close();
});
