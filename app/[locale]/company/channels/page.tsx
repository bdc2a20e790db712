import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { channelTypes } from "@/db/schema/catalog";
import { ActionButton } from "@/components/ui/action-button";
import { ChannelForm } from "@/components/catalog/channel-form";
import { DistributorProfileForm } from "@/components/catalog/distributor-profile-form";
import { HsCategories } from "@/components/catalog/hs-categories";
import { LocalizedText } from "@/components/localized-text";
import { requireUser } from "@/lib/auth/access";
import { listChannels } from "@/lib/catalog/channels";
import { ownCompanyForPage } from "@/lib/catalog/access";
import { regionName } from "@/lib/geo/regions";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { deleteChannelAction } from "./actions";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ edit: optionalParam(z.string()) });

export default async function ChannelsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/channels");
  const company = await ownCompanyForPage(user, "distributor");
  if (!company) notFound();
  const [channels, t, format, { edit }] = await Promise.all([
    listChannels(company.id),
    getTranslations("catalog"),
    getFormatter(),
    searchParams.then((raw) => readSearchParams(searchSchema, raw)),
  ]);
  const editing = channels.find((c) => c.id === edit);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("channels.title")}</h1>
        <p className="max-w-3xl text-stone-600">{t("channels.intro")}</p>
      </div>
      {channels.length === 0 ? (
        <p className="text-stone-500">{t("channels.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="channels">
          {channels.map((channel) => (
            <li key={channel.id} data-testid="channel" className="flex flex-wrap justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-col gap-1">
                <p className="font-semibold">{t(`channelTypes.${channel.type}`)}</p>
                <p className="text-sm text-stone-600">
                  {format.list(channel.regions.map((code) => regionName(code, locale)))}
                  {channel.outlets !== null && ` · ${t("channels.outletsValue", { count: channel.outlets })}`}
                </p>
                <LocalizedText as="p" value={channel.description} className="text-sm" />
              </div>
              <div className="flex items-start gap-3">
                <Link href={`/company/channels?edit=${channel.id}`} className="text-indigo-800 underline">
                  {t("common.edit")}
                </Link>
                <ActionButton
                  action={deleteChannelAction}
                  fields={{ channelId: channel.id }}
                  label={t("common.delete")}
                  pendingLabel={t("common.deleting")}
                  variant="danger"
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="channel-form-title" className="flex flex-col gap-3">
        <h2 id="channel-form-title" className="text-lg font-semibold">
          {editing ? t("channels.editTitle") : t("channels.add")}
        </h2>
        {editing ? (
          <ChannelForm
            types={channelTypes}
            key={editing.id}
            channelId={editing.id}
            initial={{
              type: editing.type,
              regions: editing.regions,
              outlets: editing.outlets?.toString(),
              descriptionJa: editing.description?.ja,
              descriptionZh: editing.description?.zh,
              descriptionEn: editing.description?.en,
            }}
          />
        ) : (
          <ChannelForm types={channelTypes} />
        )}
      </section>
      <section aria-labelledby="profile-title" className="flex flex-col gap-3 border-t border-stone-200 pt-6">
        <h2 id="profile-title" className="text-lg font-semibold">
          {t("channels.profileTitle")}
        </h2>
        <HsCategories codes={company.hsCodes} />
        <DistributorProfileForm hsCodes={company.hsCodes} minOrderJpy={company.minOrderJpy} />
      </section>
    </div>
  );
}
