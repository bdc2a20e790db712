import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Phrases } from "@/components/ui/phrases";
import { LinkButton } from "@/components/ui/link-button";

export default async function LandingPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("landing");
  const audiences = [
    { title: t("smeTitle"), body: t("smeBody") },
    { title: t("distributorTitle"), body: t("distributorBody") },
    { title: t("chamberTitle"), body: t("chamberBody") },
  ];
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-4">
        <h1 className="phrase-breaks text-3xl leading-tight font-bold text-stone-900 sm:text-4xl">
          <Phrases text={t("heroTitle")} locale={locale} />
        </h1>
        <p className="max-w-3xl text-lg text-stone-700">{t("heroLead")}</p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/sign-up?type=sme">{t("ctaSme")}</LinkButton>
          <LinkButton href="/sign-up?type=distributor" intent="outline">
            {t("ctaDistributor")}
          </LinkButton>
        </div>
      </section>
      <section className="rounded-lg border border-amber-200 bg-amber-50 p-6">
        <h2 className="mb-2 text-xl font-semibold">{t("storyTitle")}</h2>
        <p className="text-stone-800">{t("storyBody")}</p>
      </section>
      <section className="grid gap-6 md:grid-cols-3">
        {audiences.map((a) => (
          <div key={a.title} className="rounded-lg border border-stone-200 bg-white p-5">
            <h2 className="mb-2 font-semibold">{a.title}</h2>
            <p className="text-sm text-stone-700">{a.body}</p>
          </div>
        ))}
      </section>
      <section>
        <h2 className="mb-3 text-xl font-semibold">{t("howTitle")}</h2>
        <ol className="list-decimal space-y-1 pl-6 text-stone-800">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
      </section>
    </div>
  );
}
