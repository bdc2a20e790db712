// `npm run bench:events`: proposing a business-talk schedule for 300 participants (150 SMEs, 150
// distributors), 2,000 accepted requests, 40 tables over two days (9:00–18:00, 15-minute talks
// with 5-minute breaks: 54 slots), each participant available at about 80% of the slots. Times
// the whole proposal on PostgreSQL (reads, scheduler, writing the draft) and the scheduler alone.
// BENCH_DATABASE_URL, default kk_events_bench (the name must contain "bench": its data is REPLACED).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openPostgres, setDbHandle } from "@/db/client";
import { chambers, companies, eventParticipants, eventTalkRequests, events, matches, users, type Company } from "@/db/schema";
import { proposeSchedule } from "@/lib/events/plan";
import { schedule } from "@/lib/events/scheduler";
import { slotStarts } from "@/lib/events/slots";
import { seededRandom } from "./random";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kk_events_bench";
const dbName = new URL(url).pathname.slice(1);
if (!dbName.includes("bench")) throw new Error(`Refusing to replace the data in ${dbName}: not a bench database.`);
try {
  execFileSync("createdb", ["-h", new URL(url).hostname, "-U", new URL(url).username || "postgres", dbName], { stdio: "ignore" });
} catch {
  // It exists already.
}
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" / ");

const handle = openPostgres(url, { max: 4 });
await handle.migrate();
setDbHandle(handle);
const db = handle.db;
const { rand, int } = seededRandom(18);

await db.execute("truncate chambers, companies, users, events cascade");
const [chamber] = await db
  .insert(chambers)
  .values({ key: "bench events", name: { en: "Bench Chamber" } })
  .returning();
const [admin] = await db
  .insert(users)
  .values({ email: "bench-admin@example.jp", name: "Bench Admin", passwordHash: "-", role: "chamber_admin", chamberId: chamber!.id })
  .returning();
const [event] = await db
  .insert(events)
  .values({
    chamberId: chamber!.id,
    name: { en: "Bench fair" },
    place: "Guangzhou",
    startsOn: "2027-03-10",
    endsOn: "2027-03-11",
    timeZone: "Asia/Shanghai",
    talkMinutes: 15,
    breakMinutes: 5,
    dayStart: "09:00",
    dayEnd: "18:00",
    tables: 40,
    registrationDeadline: new Date("2027-03-01T00:00:00Z"),
    requestExpiryHours: 48,
    maxPendingRequests: 50,
  })
  .returning();
const slots = slotStarts(event!);

const insertSide = (kind: Company["kind"]) =>
  db
    .insert(companies)
    .values(
      Array.from({ length: 150 }, (_, i) => ({
        ref: `${kind}-${i}`,
        kind,
        name: { en: `${kind} ${i}` },
        country: kind === "sme" ? "JP" : "CN",
        region: kind === "sme" ? "JP-15" : "CN-GD",
        status: "approved" as const,
      })),
    )
    .returning({ id: companies.id });
const smes = await insertSide("sme");
const dists = await insertSide("distributor");
await db.insert(eventParticipants).values(
  [...smes, ...dists].map((c) => ({
    eventId: event!.id,
    companyId: c.id,
    status: "accepted" as const,
    availability: slots.filter(() => rand() < 0.8).map((ms) => new Date(ms).toISOString()),
  })),
);
const pairs = new Map<string, [string, string]>();
while (pairs.size < 2000) {
  const s = smes[int(0, 149)]!.id;
  const d = dists[int(0, 149)]!.id;
  pairs.set(`${s}/${d}`, [s, d]);
}
await db.insert(matches).values([...pairs.values()].map(([s, d]) => ({ smeId: s, distributorId: d, score: rand(), reasons: [] })));
const requestRows = [...pairs.values()].map(([s, d]) => {
  const [from, to] = rand() < 0.5 ? [s, d] : [d, s];
  return { eventId: event!.id, fromCompanyId: from, toCompanyId: to, status: "accepted" as const, expiresAt: new Date("2027-03-01T00:00:00Z") };
});
for (let i = 0; i < requestRows.length; i += 500) await db.insert(eventTalkRequests).values(requestRows.slice(i, i + 500));

console.log(`300 participants, ${pairs.size} accepted requests, ${event!.tables} tables, ${slots.length} slots over two days`);
console.log(`Load average before: ${loadavg()}`);
const runs = Number(values.runs);
const wall: number[] = [];
let last = { placed: 0, unscheduled: 0 };
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  last = await proposeSchedule(admin!, event!.id, new Date("2027-02-01T00:00:00Z"));
  wall.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuBefore);
wall.sort((a, b) => a - b);
console.log(
  `proposeSchedule (PostgreSQL, end to end): median ${wall[Math.floor(runs / 2)]!.toFixed(0)} ms, max ${wall.at(-1)!.toFixed(0)} ms over ${runs} runs; ` +
    `app CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(0)} ms per run; placed ${last.placed}, left out ${last.unscheduled}`,
);

// The scheduler alone on the same shape of input.
const requests = [...pairs.values()].map(([s, d], i) => ({ id: `r${i}`, a: s, b: d, score: rand() }));
const availability = new Map([...smes, ...dists].map((c) => [c.id, new Set(slots.filter(() => rand() < 0.8))]));
const pure: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  schedule({ slots, tables: event!.tables, requests, availability });
  pure.push(performance.now() - started);
}
pure.sort((a, b) => a - b);
console.log(`schedule() alone: median ${pure[Math.floor(runs / 2)]!.toFixed(1)} ms over ${runs} runs`);
console.log(`Load average after: ${loadavg()}`);
console.log(`Target: < 5000 ms — ${wall[Math.floor(runs / 2)]! < 5000 ? "met" : "NOT met"}`);
await handle.close();
