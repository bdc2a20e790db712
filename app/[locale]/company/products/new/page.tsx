import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProductForm } from "@/components/catalog/product-form";
import { requireUser } from "@/lib/auth/access";
import { ownCompanyForPage } from "@/lib/catalog/access";

export default async function NewProductPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/products/new");
  if (!(await ownCompanyForPage(user, "sme"))) notFound();
  const t = await getTranslations("catalog");
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("products.newTitle")}</h1>
      <ProductForm />
    </div>
  );
}
