import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PriceRange } from "@/components/catalog/price-range";
import { LocalizedText } from "@/components/localized-text";
import { AccountPrompt } from "@/components/public/account-prompt";
import { JsonLd } from "@/components/public/json-ld";
import { jpyToCnyRate } from "@/lib/catalog/prices";
import { regionName } from "@/lib/geo/regions";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { getPublicCompany, listPublicProducts } from "@/lib/public/pages";
import { jsonLdText, metaText, organizationLd, publicMetadata, publicPaths } from "@/lib/public/seo";

type Props = { params: Promise<{ locale: Locale; id: string }> };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const load = (id: string) => (uuid.test(id) ? getPublicCompany(id) : Promise.resolve(undefined));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const company = await load(id);
  if (!company) return {};
  const t = await getTranslations({ locale, namespace: "publicPages" });
  return publicMetadata({
    locale,
    path: publicPaths.company(id),
    title: t("companyTitle", { name: metaText(company.name, locale, 80) }),
    description: metaText(company.description, locale) || t(`kind.${company.kind}`),
    type: "profile",
  });
}

/** A public company profile: no session needed, nothing an account would show (contacts, the contact button). */
export default async function PublicCompanyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const company = await load(id);
  if (!company) notFound();
  const [t, format, productList] = await Promise.all([getTranslations("publicPages"), getFormatter(), listPublicProducts(company.id)]);
  const name = pickLocalized(company.name, locale)?.text ?? "";
  const chamber = pickLocalized(company.chamberName, locale)?.text;
  const facts: [string, string][] = [[t("location"), [regionName(company.region, locale), company.city].filter(Boolean).join(" · ")]];
  if (company.employees) facts.push([t("employees"), format.number(company.employees)]);
  if (company.foundedYear) facts.push([t("founded"), String(company.foundedYear)]);
  const ld = organizationLd(locale, { ...company, name, description: metaText(company.description, locale, 500) });
  return (
    <article className="flex flex-col gap-6">
      <JsonLd text={jsonLdText(ld)} />
      <header className="flex flex-col gap-2">
        <p className="text-sm text-stone-500">{t(`kind.${company.kind}`)}</p>
        <LocalizedText as="h1" value={company.name} locale={locale} className="text-3xl font-bold" testId="public-company-name" />
        {chamber && (
          <p data-testid="vouched-by" className="inline-flex w-fit items-center gap-1 rounded-full bg-emerald-50 px-3 py-1 text-sm text-emerald-900">
            {t("vouchedBy", { chamber })}
          </p>
        )}
      </header>
      <LocalizedText as="p" value={company.description} locale={locale} className="max-w-3xl text-stone-800" />
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <AccountPrompt callbackPath={`/${locale}/companies/${company.id}`} />
      {productList.length > 0 && (
        <section className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">{t("products")}</h2>
          <ul className="grid gap-3 md:grid-cols-2" data-testid="public-products">
            {productList.map((p) => (
              <li key={p.id} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4">
                {p.firstImageId && (
                  // eslint-disable-next-line @next/next/no-img-element -- served by our own route, public products only
                  <img src={publicPaths.image(p.firstImageId)} alt="" className="size-24 rounded object-cover" />
                )}
                <Link href={publicPaths.product(p.id)} className="font-semibold text-indigo-800 hover:underline">
                  <LocalizedText value={p.name} locale={locale} />
                </Link>
                <PriceRange min={p.priceMinJpy} max={p.priceMaxJpy} rate={jpyToCnyRate()} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
