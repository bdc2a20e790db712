import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  companies,
  inquiries,
  inquiryEvents,
  inquiryMessages,
  matchRecommendations,
  matches,
  matchProfiles,
  meetings,
  products,
  salesChannels,
  type Company,
  type DealStage,
} from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

const { consoleScope } = await import("@/lib/chamber/access");
const { parsePeriod } = await import("@/lib/chamber/period");
const { chamberFunnel, chamberSeries } = await import("@/lib/chamber/funnel");
const { chamberBreakdowns, recommendationFigures } = await import("@/lib/chamber/breakdowns");
const { refreshInquiryFacts } = await import("@/lib/inquiries/facts");

withTestDatabase();

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!, chance: (p: number) => next() < p };
}

const DAY = 86_400_000;
const stages: DealStage[] = ["new", "in_talks", "samples_sent", "negotiating", "signed", "closed"];

/**
 * Two chambers with members of both kinds (some pending), distributors outside any chamber, matches,
 * channels, products, and inquiries spread over 2026 with replies, meetings, stage events and
 * recommendations, all at random but reproducible.
 */
async function world(seed = 7) {
  const r = random(seed);
  const db = await getDb();
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * DAY + Math.floor(r.next() * DAY));
  const all: Company[] = [];
  for (const chamber of [mitsuke, tsubame]) {
    for (let i = 0; i < 10; i++) {
      const kind = i < 7 ? "sme" : "distributor";
      all.push(
        await insertCompany({ kind, chamberId: chamber.id, status: r.chance(0.8) ? "approved" : "pending", createdAt: at(Math.floor(r.next() * 300) - 60) }),
      );
    }
  }
  for (let i = 0; i < 6; i++) all.push(await insertCompany({ kind: "distributor", region: r.pick(["CN-JL", "CN-SH", "CN-GD"]) }));
  const smes = all.filter((c) => c.kind === "sme");
  const dists = all.filter((c) => c.kind === "distributor");
  for (const d of dists)
    for (const type of ["wholesale", "livestream", "retail_chain"] as const)
      if (r.chance(0.4)) await db.insert(salesChannels).values({ companyId: d.id, type, regions: ["CN"] });
  const productIds = new Map<string, string>();
  for (const s of smes) {
    const [p] = await db
      .insert(products)
      .values({ companyId: s.id, ref: "p0", name: { ja: "品" }, hsCode: r.pick(["610910", "691200", null]) })
      .returning();
    productIds.set(s.id, p!.id);
  }
  // As the engine stores them: a profile per visible company, pairs only between visible companies.
  const visible = all.filter((c) => c.status === "approved");
  await db.insert(matchProfiles).values(visible.map((c) => ({ companyId: c.id, kind: c.kind, features: {} })));
  for (const s of smes.filter((c) => c.status === "approved"))
    for (const d of dists.filter((c) => c.status === "approved"))
      if (r.chance(0.15)) await db.insert(matches).values({ smeId: s.id, distributorId: d.id, score: 0.5, reasons: [] });
  for (let k = 0; k < 70; k++) {
    const sme = r.pick(smes);
    const dist = r.pick(dists);
    const opener = r.chance(0.5) ? sme : dist;
    const createdAt = at(Math.floor(r.next() * 365));
    const stage = r.pick(stages);
    const [inq] = await db
      .insert(inquiries)
      .values({
        smeId: sme.id,
        distributorId: dist.id,
        chamberId: sme.chamberId,
        openedByCompanyId: opener.id,
        source: "profile",
        subject: `s${k}`,
        productId: r.chance(0.6) ? productIds.get(sme.id) : null,
        stage,
        signedAt: stage === "signed" ? createdAt : null,
        createdAt,
        lastMessageAt: createdAt,
      })
      .returning();
    const sides = ["sme", "distributor"] as const;
    await db.insert(inquiryMessages).values({ inquiryId: inq!.id, authorSide: opener.kind, body: "hi", createdAt });
    if (r.chance(0.5))
      await db.insert(inquiryMessages).values({ inquiryId: inq!.id, authorSide: r.pick(sides), body: "re", createdAt: new Date(createdAt.getTime() + DAY) });
    if (r.chance(0.3))
      await db
        .insert(meetings)
        .values({ inquiryId: inq!.id, mode: "online", slots: [createdAt], status: r.pick(["proposed", "accepted", "declined"] as const) });
    if (stage === "closed" && r.chance(0.5))
      await db.insert(inquiryEvents).values({ inquiryId: inq!.id, type: "stage_changed", data: { from: "in_talks", to: "samples_sent" } });
    if (r.chance(0.3)) {
      await db
        .insert(matchRecommendations)
        .values({
          smeId: sme.id,
          distributorId: dist.id,
          chamberId: r.pick([mitsuke.id, tsubame.id]),
          createdAt: new Date(createdAt.getTime() - (r.chance(0.7) ? DAY : -DAY)),
        })
        .onConflictDoNothing();
    }
  }
  // The rows above were written directly, not through the app's write paths: compute their facts.
  await refreshInquiryFacts(db, "all");
  return { mitsuke, tsubame };
}

/** Everything the figures are made of, read back as plain rows. */
async function snapshot() {
  const db = await getDb();
  const [cs, ms, is, msgs, mts, evs, recs, ps, chs] = await Promise.all([
    db.select().from(companies),
    db.select().from(matches),
    db.select().from(inquiries),
    db.select().from(inquiryMessages),
    db.select().from(meetings),
    db.select().from(inquiryEvents),
    db.select().from(matchRecommendations),
    db.select().from(products),
    db.select().from(salesChannels),
  ]);
  return { cs, ms, is, msgs, mts, evs, recs, ps, chs };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** The figures computed in plain JavaScript from the rows, the way the README defines them. */
function expected(db: Snapshot, chamberId: string, from: Date, to: Date) {
  const byId = new Map(db.cs.map((c) => [c.id, c]));
  const members = db.cs.filter((c) => c.chamberId === chamberId && !c.deletedAt);
  const memberIds = new Set(members.map((c) => c.id));
  const approved = (id: string) => byId.get(id)?.status === "approved" && !byId.get(id)?.deletedAt;
  const live = members.filter((c) => c.status === "approved" && c.createdAt < to);
  const matched = live.filter((c) => db.ms.some((m) => (m.smeId === c.id && approved(m.distributorId)) || (m.distributorId === c.id && approved(m.smeId))));
  const deals = db.is
    .filter((i) => i.createdAt >= from && i.createdAt < to && (memberIds.has(i.smeId) || memberIds.has(i.distributorId)))
    .map((i) => {
      const replySide = i.openedByCompanyId === i.distributorId ? "sme" : "distributor";
      return {
        ...i,
        replied: db.msgs.some((m) => m.inquiryId === i.id && m.authorSide === replySide),
        met: db.mts.some((m) => m.inquiryId === i.id && m.status === "accepted"),
        samples:
          ["samples_sent", "negotiating", "signed"].includes(i.stage) ||
          db.evs.some((e) => e.inquiryId === i.id && e.type === "stage_changed" && ["samples_sent", "negotiating", "signed"].includes(String(e.data.to))),
        signed: i.stage === "signed",
      };
    });
  type Deal = (typeof deals)[number];
  const companiesWhere = (f: (d: Deal) => boolean) =>
    new Set(deals.filter(f).flatMap((d) => [d.smeId, d.distributorId].filter((id) => memberIds.has(id)))).size;
  const counts = (ds: Deal[]) => ({
    contacted: ds.length,
    replied: ds.filter((d) => d.replied).length,
    met: ds.filter((d) => d.met).length,
    samples: ds.filter((d) => d.samples).length,
    signed: ds.filter((d) => d.signed).length,
  });
  const group = (key: (d: Deal) => string[]) => {
    const out = new Map<string, Deal[]>();
    for (const d of deals) for (const k of key(d)) out.set(k, [...(out.get(k) ?? []), d]);
    return Object.fromEntries([...out].map(([k, ds]) => [k, counts(ds)]));
  };
  const product = (id: string | null) => db.ps.find((p) => p.id === id);
  const recs = db.recs.filter((r) => r.chamberId === chamberId && r.createdAt >= from && r.createdAt < to);
  const after = (r: (typeof recs)[number]) => db.is.filter((i) => i.smeId === r.smeId && i.distributorId === r.distributorId && i.createdAt >= r.createdAt);
  const own = deals.filter(
    (d) => !db.recs.some((r) => r.chamberId === chamberId && r.smeId === d.smeId && r.distributorId === d.distributorId && r.createdAt <= d.createdAt),
  );
  return {
    funnel: {
      members: live.length,
      matched: matched.length,
      contacted: companiesWhere(() => true),
      replied: companiesWhere((d) => d.replied),
      met: companiesWhere((d) => d.met),
      samples: companiesWhere((d) => d.samples),
      signed: companiesWhere((d) => d.signed),
    },
    members: group((d) => [d.smeId, d.distributorId].filter((id) => memberIds.has(id))),
    provinces: group((d) => [byId.get(d.distributorId)!.region]),
    chapters: group((d) => {
      const p = product(d.productId);
      return [(p?.hsCode ?? p?.inferredHsCode ?? "").slice(0, 2)];
    }),
    channels: group((d) => {
      const types = [...new Set(db.chs.filter((c) => c.companyId === d.distributorId).map((c) => c.type as string))];
      return types.length ? types : [""];
    }),
    recommendations: {
      recommended: {
        pairs: recs.length,
        contacted: recs.filter((r) => after(r).length > 0).length,
        signed: recs.filter((r) => after(r).some((i) => i.stage === "signed")).length,
      },
      own: { contacted: own.length, signed: own.filter((d) => d.signed).length },
    },
  };
}

const keyed = (rows: { key: string; contacted: number; replied: number; met: number; samples: number; signed: number }[]) =>
  Object.fromEntries(rows.map(({ key, ...counts }) => [key, counts]));

describe("chamber console figures", () => {
  it("equal counts computed independently from the database, for the chamber and the period", async () => {
    const { mitsuke, tsubame } = await world();
    const db = await snapshot();
    for (const chamber of [mitsuke, tsubame]) {
      const admin = await insertUser({ role: "chamber_admin", chamberId: chamber.id });
      const scope = consoleScope(admin);
      for (const range of [
        { from: "2026-03-01", to: "2026-09-30" },
        { from: "2026-01-01", to: "2026-12-31" },
      ]) {
        const period = parsePeriod({ ...range, unit: "month" });
        const want = expected(db, chamber.id, period.from, period.to);
        expect(await chamberFunnel(scope, period)).toEqual(want.funnel);
        const b = await chamberBreakdowns(scope, period);
        expect(
          Object.fromEntries(b.members.map((m) => [m.id, { contacted: m.contacted, replied: m.replied, met: m.met, samples: m.samples, signed: m.signed }])),
        ).toEqual(want.members);
        expect(keyed(b.provinces)).toEqual(want.provinces);
        expect(keyed(b.chapters)).toEqual(want.chapters);
        expect(keyed(b.channels)).toEqual(want.channels);
        expect(await recommendationFigures(scope, period)).toEqual(want.recommendations);
      }
    }
    // The data is rich enough for the comparison to mean something.
    const whole = expected(db, mitsuke.id, new Date(Date.UTC(2025, 11, 31, 15)), new Date(Date.UTC(2026, 11, 31, 15)));
    expect(whole.funnel.contacted).toBeGreaterThan(3);
    expect(whole.funnel.signed).toBeGreaterThan(0);
    expect(whole.recommendations.recommended.pairs).toBeGreaterThan(0);
  });

  it("gives each week or month of the series the funnel of that bucket alone", async () => {
    const { mitsuke } = await world(11);
    const db = await snapshot();
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    for (const unit of ["month", "week"] as const) {
      const period = parsePeriod({ from: "2026-02-10", to: "2026-06-20", unit });
      const series = await chamberSeries(consoleScope(admin), period);
      expect(series.length).toBe(unit === "month" ? 5 : 19);
      for (const [i, point] of series.entries()) {
        const start = i === 0 ? period.from : new Date(Date.parse(`${point.start}T00:00:00+09:00`));
        const end = series[i + 1] ? new Date(Date.parse(`${series[i + 1]!.start}T00:00:00+09:00`)) : period.to;
        const want = expected(db, mitsuke.id, start, end).funnel;
        // Members and matched stand as at the bucket's end; the other steps count the bucket's deals.
        expect(point).toEqual({ start: point.start, ...want });
      }
    }
  });

  it("backfills in migration 0016 the same facts as the write paths keep", async () => {
    await world(5);
    const db = await getDb();
    const read = async () =>
      (await db.select().from(inquiries))
        .map((i) => ({ id: i.id, replied: i.firstReplyAt, met: i.metAt, samples: Boolean(i.samplesAt) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    const kept = await read();
    expect(kept.filter((i) => i.replied).length).toBeGreaterThan(3);
    expect(kept.filter((i) => i.met).length).toBeGreaterThan(3);
    expect(kept.filter((i) => i.samples).length).toBeGreaterThan(3);
    await db.update(inquiries).set({ firstReplyAt: null, metAt: null, samplesAt: null });
    const migration = readFileSync(new URL("../../db/migrations/0016_inquiry_facts.sql", import.meta.url), "utf8");
    const backfill = migration.split("--> statement-breakpoint").find((s) => s.includes('UPDATE "inquiries"'))!;
    await db.execute(sql.raw(backfill));
    // Times too, except when a deal sits at samples or later without a stage event (its last update then).
    expect(await read()).toEqual(kept);
  });

  it("refuses a chamber admin who names another chamber, and lets a platform admin pick one", async () => {
    const { mitsuke, tsubame } = await world(3);
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    expect(() => consoleScope(admin, tsubame.id)).toThrow("forbidden");
    expect(() => consoleScope(admin, "not-a-chamber")).toThrow("forbidden");
    expect(consoleScope(admin, mitsuke.id)).toEqual({ chamberId: mitsuke.id });
    const sme = await insertUser({ role: "sme" });
    expect(() => consoleScope(sme)).toThrow("forbidden");
    const platform = await insertUser({ role: "platform_admin" });
    expect(consoleScope(platform, tsubame.id)).toEqual({ chamberId: tsubame.id });
    const period = parsePeriod({ from: "2026-01-01", to: "2026-12-31" });
    const db = await snapshot();
    expect(await chamberFunnel(consoleScope(platform, tsubame.id), period)).toEqual(expected(db, tsubame.id, period.from, period.to).funnel);
    // All chambers together: members of either chamber.
    const both = await chamberFunnel(consoleScope(platform), period);
    const a = expected(db, mitsuke.id, period.from, period.to).funnel;
    const b = expected(db, tsubame.id, period.from, period.to).funnel;
    expect(both.members).toBe(a.members + b.members);
  });
});
