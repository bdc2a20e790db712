import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactLink } from "@/components/inquiries/contact-link";
import { LocalizedText } from "@/components/localized-text";
import { AccessPanel } from "@/components/access/access-panel";
import { MatchCard } from "@/components/matches/match-card";
import { MatchFilters } from "@/components/matches/match-filters";
import { RecommendForm } from "@/components/matches/recommend-form";
import { ActionButton } from "@/components/ui/action-button";
import { channelTypes } from "@/db/schema";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { regionsOf } from "@/lib/geo/regions";
import { hsChapters } from "@/lib/hs/nomenclature";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LandedPanel } from "@/components/access/landed-panel";
import { landedForPairs } from "@/lib/access/landed-view";
import { accessForPairs, pairKey } from "@/lib/access/pairs";
import { blockedPartners } from "@/lib/matching/blocked";
import { listMatches, matchedProducts, type MatchFilters as Filters } from "@/lib/matching/read";
import { listMemberMatches, RECOMMENDATION_NOTE_MAX } from "@/lib/matching/recommend";
import { matchFeedbackAction, recommendMatchAction } from "./actions";
import { z } from "zod";
import { replyStatsFor } from "@/lib/trust/reply-stats";
import { definedOnly, optionalParam, pageParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({
  channelType: optionalParam(z.enum(channelTypes)),
  region: optionalParam(z.string().regex(/^CN(-[A-Z]{2})?$/)),
  hsChapter: optionalParam(z.string().regex(/^\d{2}$/)),
  page: pageParam,
});

const pageSize = 20;

export default async function MatchesPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/matches");
  const t = await getTranslations("matchesPage");
  const ta = await getTranslations("access");
  const { page, ...filters }: Filters & { page: number } = readSearchParams(searchSchema, await searchParams);

  if (user.role === "chamber_admin" || user.role === "platform_admin") {
    const rows = await listMemberMatches(user);
    const [rowProducts, replies] = await Promise.all([
      matchedProducts(rows, (i) => (rows[i]!.member.kind === "sme" ? rows[i]!.member.id : rows[i]!.other.id)),
      replyStatsFor(rows.map((r) => r.other.id)),
    ]);
    const pairOf = (row: (typeof rows)[number]) =>
      row.member.kind === "sme" ? { smeId: row.member.id, distributorId: row.other.id } : { smeId: row.other.id, distributorId: row.member.id };
    const rowAccess = await accessForPairs(rows.map(pairOf));
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("memberTitle")}</h1>
        <p className="max-w-3xl text-stone-700">{t("memberLead")}</p>
        {rows.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
        <ul className="flex flex-col gap-4">
          {rows.map((row, i) => (
            <MatchCard
              key={`${row.member.id}:${row.other.id}`}
              locale={locale}
              other={row.other}
              score={row.score}
              reasons={row.reasons}
              products={rowProducts[i]}
              replies={replies.get(row.other.id)}
              access={<AccessPanel view={rowAccess.get(pairKey(pairOf(row).smeId, pairOf(row).distributorId))!} locale={locale} />}
              actions={
                <>
                  <span className="text-sm text-stone-600">{t("forMember")}</span>
                  <Link href={`/companies/${row.member.id}`} className="text-sm underline" data-testid="member-link">
                    <LocalizedText value={row.member.name} locale={locale} />
                  </Link>
                  {row.recommended ? (
                    <span className="text-sm text-amber-900">{t("alreadyRecommended")}</span>
                  ) : (
                    <RecommendForm
                      action={recommendMatchAction}
                      {...(row.member.kind === "sme"
                        ? { smeId: row.member.id, distributorId: row.other.id }
                        : { smeId: row.other.id, distributorId: row.member.id })}
                      maxNote={RECOMMENDATION_NOTE_MAX}
                    />
                  )}
                </>
              }
            />
          ))}
        </ul>
      </div>
    );
  }

  const membership = await getMembership(user.id);
  if (!membership) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("needCompany")}</p>
        <Link href="/company" className="text-indigo-800 underline">
          {t("createCompany")}
        </Link>
      </div>
    );
  }
  const { company } = membership;
  const cards =
    company.status === "approved"
      ? await listMatches({ companyId: company.id, kind: company.kind, filters, limit: pageSize + 1, offset: page * pageSize })
      : [];
  const hasMore = cards.length > pageSize;
  const shown = cards.slice(0, pageSize);
  const [products, replies] = await Promise.all([
    matchedProducts(shown, (i) => (company.kind === "sme" ? company.id : shown[i]!.other.id)),
    replyStatsFor(shown.map((c) => c.other.id)),
  ]);
  const pairOf = (otherId: string) => (company.kind === "sme" ? { smeId: company.id, distributorId: otherId } : { smeId: otherId, distributorId: company.id });
  const blocked = company.kind === "sme" && company.status === "approved" && page === 0 ? await blockedPartners(company.id) : [];
  const [access, landed] = await Promise.all([
    accessForPairs([...shown.map((c) => pairOf(c.other.id)), ...blocked]),
    landedForPairs(shown.map((c) => pairOf(c.other.id))),
  ]);
  const accessOf = (otherId: string) => {
    const pair = pairOf(otherId);
    const key = pairKey(pair.smeId, pair.distributorId);
    const price = landed.get(key);
    return (
      <>
        <AccessPanel view={access.get(key)!} locale={locale} />
        {price && access.get(key)!.outcome !== "block" && <LandedPanel view={price} locale={locale} />}
      </>
    );
  };
  const query = (p: number) => new URLSearchParams({ ...definedOnly(filters), page: String(p) }).toString();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-stone-700">{t(company.kind === "sme" ? "leadSme" : "leadDistributor")}</p>
      {company.status !== "approved" && <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t("notApproved")}</p>}
      <MatchFilters
        values={filters}
        channelTypes={channelTypes.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        regions={[{ value: "CN", label: t("allChina") }, ...regionsOf("CN").map((r) => ({ value: r.code, label: r.name[locale] }))]}
        chapters={hsChapters.map((c) => ({ value: c.code, label: `${c.code} ${c.name[locale]}` }))}
      />
      {cards.length === 0 && company.status === "approved" && <p className="text-stone-600">{t("empty")}</p>}
      <ul className="flex flex-col gap-4">
        {shown.map((card, i) => (
          <MatchCard
            key={card.other.id}
            locale={locale}
            other={card.other}
            score={card.score}
            reasons={card.reasons}
            products={products[i]}
            replies={replies.get(card.other.id)}
            recommendedBy={card.recommendedBy}
            saved={card.saved}
            access={accessOf(card.other.id)}
            actions={
              <>
                <ContactLink
                  companyId={card.other.id}
                  source="match"
                  label={t("contact")}
                  className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm text-white hover:bg-indigo-800"
                />
                <ActionButton
                  action={matchFeedbackAction}
                  fields={{ otherId: card.other.id, state: card.saved ? "clear" : "saved" }}
                  label={card.saved ? t("unsave") : t("save")}
                />
                <ActionButton action={matchFeedbackAction} fields={{ otherId: card.other.id, state: "dismissed" }} label={t("dismiss")} variant="danger" />
              </>
            }
          />
        ))}
      </ul>
      <nav className="flex gap-4" aria-label={t("pages")}>
        {page > 0 && <Link href={`/matches?${query(page - 1)}`}>{t("previous")}</Link>}
        {hasMore && <Link href={`/matches?${query(page + 1)}`}>{t("next")}</Link>}
      </nav>
      {blocked.length > 0 && (
        <section className="flex flex-col gap-3" aria-labelledby="blocked-title" data-testid="blocked-matches">
          <h2 id="blocked-title" className="text-xl font-semibold">
            {ta("blockedTitle")}
          </h2>
          <p className="max-w-3xl text-stone-700">{ta("blockedLead")}</p>
          <ul className="flex flex-col gap-4">
            {blocked.map((card) => (
              <MatchCard key={card.other.id} locale={locale} other={card.other} score={card.score} reasons={card.reasons} access={accessOf(card.other.id)} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
