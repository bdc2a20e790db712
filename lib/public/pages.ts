import "server-only";
// What visitors without an account may read: the profiles and products of approved companies
// that chose to be public (lib/public/visibility.ts says which), never contacts or exact prices.
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, companies, productImages, products, type Company, type Localized, type Product, type ProductImage } from "@/db/schema";
import { imagesOf, type ImageMeta } from "@/lib/catalog/products";
import { listPublishedProducts, type ProductSummary } from "@/lib/catalog/public";
import { publicCompany } from "./visibility";

export type PublicCompany = Pick<
  Company,
  "id" | "kind" | "name" | "description" | "country" | "region" | "city" | "languages" | "employees" | "foundedYear" | "website" | "updatedAt"
> & { chamberName: Localized | null };

export type PublicProduct = Pick<
  Product,
  "id" | "name" | "description" | "hsCode" | "inferredHsCode" | "priceMinJpy" | "priceMaxJpy" | "moq" | "keywords" | "certifications" | "updatedAt"
> & { company: Pick<Company, "id" | "name" | "country" | "region">; images: ImageMeta[] };

const companyColumns = {
  id: companies.id,
  kind: companies.kind,
  name: companies.name,
  description: companies.description,
  country: companies.country,
  region: companies.region,
  city: companies.city,
  languages: companies.languages,
  employees: companies.employees,
  foundedYear: companies.foundedYear,
  website: companies.website,
  updatedAt: companies.updatedAt,
  chamberName: chambers.name,
};

/** A public company's profile, or undefined: private, pending, suspended and missing look the same. */
export async function getPublicCompany(id: string): Promise<PublicCompany | undefined> {
  const db = await getDb();
  const [row] = await db
    .select(companyColumns)
    .from(companies)
    .leftJoin(chambers, eq(chambers.id, companies.chamberId))
    .where(and(eq(companies.id, id), publicCompany()))
    .limit(1);
  return row;
}

/** A public company's published products (empty for any other company). */
export async function listPublicProducts(companyId: string): Promise<ProductSummary[]> {
  return (await getPublicCompany(companyId)) ? listPublishedProducts(companyId) : [];
}

/** A published product of a public company, or undefined. */
export async function getPublicProduct(id: string): Promise<PublicProduct | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: products.id,
      name: products.name,
      description: products.description,
      hsCode: products.hsCode,
      inferredHsCode: products.inferredHsCode,
      priceMinJpy: products.priceMinJpy,
      priceMaxJpy: products.priceMaxJpy,
      moq: products.moq,
      keywords: products.keywords,
      certifications: products.certifications,
      updatedAt: products.updatedAt,
      company: { id: companies.id, name: companies.name, country: companies.country, region: companies.region },
    })
    .from(products)
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(and(eq(products.id, id), eq(products.published, true), publicCompany()))
    .limit(1);
  return row ? { ...row, images: await imagesOf(row.id, db) } : undefined;
}

/** An image of a published product of a public company, or undefined. */
export async function getPublicImage(id: string): Promise<ProductImage | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ image: productImages })
    .from(productImages)
    .innerJoin(products, eq(products.id, productImages.productId))
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(and(eq(productImages.id, id), eq(products.published, true), publicCompany()))
    .limit(1);
  return row?.image;
}

export type SitemapEntry = { kind: "company" | "product"; id: string; updatedAt: Date };

/** Every public company and its published products, for sitemap.xml. */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ companyId: companies.id, companyUpdatedAt: companies.updatedAt, productId: products.id, productUpdatedAt: products.updatedAt })
    .from(companies)
    .leftJoin(products, and(eq(products.companyId, companies.id), eq(products.published, true)))
    .where(publicCompany())
    .orderBy(asc(companies.createdAt), asc(companies.id), asc(products.position), desc(products.createdAt));
  const entries: SitemapEntry[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (!seen.has(row.companyId)) {
      seen.add(row.companyId);
      entries.push({ kind: "company", id: row.companyId, updatedAt: row.companyUpdatedAt });
    }
    if (row.productId && row.productUpdatedAt) entries.push({ kind: "product", id: row.productId, updatedAt: row.productUpdatedAt });
  }
  return entries;
}
