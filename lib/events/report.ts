import "server-only";
// The organizer's account of an event, from registration to signed deal, overall and per participant.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  dealStages,
  eventParticipants,
  eventTalkRequests,
  eventTalks,
  inquiries,
  type CompanyKind,
  type DealStage,
  type Event,
  type Localized,
  type ParticipantStatus,
  type User,
} from "@/db/schema";
import { toCsv } from "@/lib/text/csv";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { organizerEvent } from "./access";

export type ReportFigures = {
  requestsSent: number;
  requestsAccepted: number;
  requestsExpired: number;
  talksHeld: number;
  noShows: number;
  threadsOpened: number;
  deals: Record<DealStage, number>;
};

export type MemberRow = ReportFigures & { companyId: string; name: Localized; kind: CompanyKind; registration: ParticipantStatus };
export type EventReport = { event: Event; overall: ReportFigures & { registrations: number; accepted: number }; members: MemberRow[] };

const zero = (): ReportFigures => ({
  requestsSent: 0,
  requestsAccepted: 0,
  requestsExpired: 0,
  talksHeld: 0,
  noShows: 0,
  threadsOpened: 0,
  deals: Object.fromEntries(dealStages.map((s) => [s, 0])) as Record<DealStage, number>,
});

/** The report of one of the admin's chamber's events; another chamber's event is not found. */
export async function eventReport(admin: Pick<User, "role" | "chamberId">, eventId: string): Promise<EventReport> {
  const db = await getDb();
  const event = await organizerEvent(db, admin, eventId);
  const [people, requests, talks] = await Promise.all([
    db
      .select({ companyId: eventParticipants.companyId, status: eventParticipants.status, name: companies.name, kind: companies.kind })
      .from(eventParticipants)
      .innerJoin(companies, eq(companies.id, eventParticipants.companyId))
      .where(eq(eventParticipants.eventId, event.id))
      .orderBy(companies.kind, companies.ref),
    db
      .select({ from: eventTalkRequests.fromCompanyId, status: eventTalkRequests.status })
      .from(eventTalkRequests)
      .where(eq(eventTalkRequests.eventId, event.id)),
    db
      .select({ talk: eventTalks, stage: inquiries.stage })
      .from(eventTalks)
      .leftJoin(inquiries, eq(inquiries.id, eventTalks.inquiryId))
      .where(eq(eventTalks.eventId, event.id)),
  ]);
  const overall = { ...zero(), registrations: people.length, accepted: people.filter((p) => p.status === "accepted").length };
  const rows = new Map<string, MemberRow>(
    people.map((p) => [p.companyId, { ...zero(), companyId: p.companyId, name: p.name, kind: p.kind, registration: p.status }]),
  );
  for (const r of requests) {
    for (const figures of [overall, rows.get(r.from)]) {
      if (!figures) continue;
      figures.requestsSent++;
      if (r.status === "accepted") figures.requestsAccepted++;
      if (r.status === "expired") figures.requestsExpired++;
    }
  }
  const dealsCounted = new Set<string>();
  for (const { talk, stage } of talks) {
    const members = [rows.get(talk.smeId), rows.get(talk.distributorId)];
    for (const figures of [overall, ...members]) {
      if (!figures) continue;
      if (talk.status === "held") figures.talksHeld++;
      if (talk.status === "no_show") figures.noShows++;
      if (talk.openedInquiry) figures.threadsOpened++;
    }
    if (talk.inquiryId && stage) {
      for (const figures of members) if (figures) figures.deals[stage]++;
      // A thread two talks joined is one deal overall.
      if (!dealsCounted.has(talk.inquiryId)) overall.deals[stage]++;
      dealsCounted.add(talk.inquiryId);
    }
  }
  return { event, overall, members: [...rows.values()] };
}

/** The report as CSV (UTF-8 with BOM, formulas neutralized): one row overall, then one per participant. */
export function reportCsv(report: EventReport, locale: Locale): string {
  const t = translatorFor(locale);
  const headers = [
    t("events.columns.company"),
    t("events.columns.kind"),
    t("events.report.registration"),
    t("events.report.requestsSent"),
    t("events.report.requestsAccepted"),
    t("events.report.requestsExpired"),
    t("events.report.talksHeld"),
    t("events.report.noShows"),
    t("events.report.threadsOpened"),
    ...dealStages.map((s) => `${t("events.report.dealsByStage")}: ${t(`inquiries.stages.${s}`)}`),
  ];
  const figures = (f: ReportFigures) => [
    f.requestsSent,
    f.requestsAccepted,
    f.requestsExpired,
    f.talksHeld,
    f.noShows,
    f.threadsOpened,
    ...dealStages.map((s) => f.deals[s]),
  ];
  const rows = [
    [t("events.report.overall"), "", `${report.overall.accepted}/${report.overall.registrations}`, ...figures(report.overall)],
    ...report.members.map((m) => [pickLocalized(m.name, locale)?.text ?? "", t(`events.kinds.${m.kind}`), t(`events.status.${m.registration}`), ...figures(m)]),
  ];
  return toCsv(headers, rows);
}
