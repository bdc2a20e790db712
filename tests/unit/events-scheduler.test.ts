import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schedule, type SchedulerInput, type TalkRequestInput } from "@/lib/events/scheduler";
import { slotStarts } from "@/lib/events/slots";

/** A random event: participants p0…pN, slots 0…S-1 (minutes apart), some availability, scored requests between distinct pairs. */
const eventArb = fc
  .record({
    participants: fc.integer({ min: 2, max: 12 }),
    slotCount: fc.integer({ min: 1, max: 12 }),
    tables: fc.integer({ min: 1, max: 5 }),
    talkMinutes: fc.constantFrom(15, 20, 30),
  })
  .chain(({ participants, slotCount, tables, talkMinutes }) => {
    const slots = Array.from({ length: slotCount }, (_, i) => i * talkMinutes);
    const pair = fc
      .tuple(fc.integer({ min: 0, max: participants - 1 }), fc.integer({ min: 0, max: participants - 1 }))
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    return fc.record({
      slots: fc.constant(slots),
      tables: fc.constant(tables),
      talkMinutes: fc.constant(talkMinutes),
      pairs: fc.uniqueArray(pair, { maxLength: 30, selector: ([a, b]) => `${a}-${b}` }),
      scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 30, maxLength: 30 }),
      availability: fc.array(fc.option(fc.subarray(slots), { nil: undefined }), { minLength: participants, maxLength: participants }),
    });
  })
  .map(({ slots, tables, talkMinutes, pairs, scores, availability }) => {
    const requests: TalkRequestInput[] = pairs.map(([a, b], i) => ({ id: `r${i}`, a: `p${a}`, b: `p${b}`, score: scores[i]! }));
    const map = new Map<string, Set<number>>();
    availability.forEach((slotsOf, i) => slotsOf && map.set(`p${i}`, new Set(slotsOf)));
    return { input: { slots, tables, requests, availability: map } satisfies SchedulerInput, talkMinutes };
  });

const allowed = (input: SchedulerInput, participant: string, slot: number) => input.availability.get(participant)?.has(slot) ?? true;

describe("the event scheduler", () => {
  it("never double-books a participant or a table, and keeps talks inside the slots and both sides' availability", () => {
    fc.assert(
      fc.property(eventArb, ({ input, talkMinutes }) => {
        const { assignments, unscheduled } = schedule(input);
        const byId = new Map(input.requests.map((r) => [r.id, r]));
        const seats = new Set<string>();
        const busy = new Map<string, number[]>();
        for (const { requestId, slot, table } of assignments) {
          const request = byId.get(requestId)!;
          expect(input.slots).toContain(slot);
          expect(table).toBeGreaterThanOrEqual(1);
          expect(table).toBeLessThanOrEqual(input.tables);
          expect(seats.has(`${slot}/${table}`)).toBe(false);
          seats.add(`${slot}/${table}`);
          for (const p of [request.a, request.b]) {
            expect(allowed(input, p, slot)).toBe(true);
            // Talks of one participant never overlap: starts are at least a talk's length apart.
            for (const other of busy.get(p) ?? []) expect(Math.abs(other - slot)).toBeGreaterThanOrEqual(talkMinutes);
            busy.set(p, [...(busy.get(p) ?? []), slot]);
          }
        }
        expect(assignments.length + unscheduled.length).toBe(input.requests.length);
        expect(new Set([...assignments.map((a) => a.requestId), ...unscheduled]).size).toBe(input.requests.length);
      }),
      { numRuns: 400 },
    );
  });

  it("schedules every accepted request when there is room for it", () => {
    fc.assert(
      fc.property(eventArb, ({ input }) => {
        const degree = new Map<string, number>();
        for (const r of input.requests) for (const p of [r.a, r.b]) degree.set(p, (degree.get(p) ?? 0) + 1);
        // Room: the slots both sides share outnumber everything that could take them, namely
        // each side's other talks and the slots whose every table the other requests could fill.
        const fullSlots = Math.floor((input.requests.length - 1) / input.tables);
        const roomy = input.requests.every((r) => {
          const common = input.slots.filter((s) => allowed(input, r.a, s) && allowed(input, r.b, s)).length;
          return common > degree.get(r.a)! - 1 + degree.get(r.b)! - 1 + fullSlots;
        });
        fc.pre(roomy);
        expect(schedule(input).unscheduled).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("schedules every request when all are free all the time and slots and tables suffice", () => {
    fc.assert(
      fc.property(eventArb, ({ input }) => {
        const degree = new Map<string, number>();
        for (const r of input.requests) for (const p of [r.a, r.b]) degree.set(p, (degree.get(p) ?? 0) + 1);
        const maxDegree = Math.max(0, ...degree.values());
        const slots = Array.from({ length: 2 * maxDegree + Math.ceil(input.requests.length / input.tables) }, (_, i) => i);
        const { assignments, unscheduled } = schedule({ ...input, slots, availability: new Map() });
        expect(unscheduled).toEqual([]);
        expect(assignments).toHaveLength(input.requests.length);
      }),
    );
  });

  it("gives a contested slot to the better-scoring pair: a request left out is blocked by better ones everywhere", () => {
    fc.assert(
      fc.property(eventArb, ({ input }) => {
        const { assignments, unscheduled } = schedule(input);
        const byId = new Map(input.requests.map((r) => [r.id, r]));
        for (const id of unscheduled) {
          const left = byId.get(id)!;
          for (const slot of input.slots) {
            if (!allowed(input, left.a, slot) || !allowed(input, left.b, slot)) continue;
            // Only talks of requests ranked before it (better score, ties by id) could have taken the slot.
            const before = assignments
              .filter((a) => a.slot === slot)
              .map((a) => byId.get(a.requestId)!)
              .filter((r) => r.score > left.score || (r.score === left.score && r.id < left.id));
            const clash = before.some((r) => [r.a, r.b].some((p) => p === left.a || p === left.b));
            expect(clash || before.length >= input.tables).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("respects busy slots of talks already held", () => {
    const input: SchedulerInput = {
      slots: [0, 20],
      tables: 1,
      requests: [{ id: "r", a: "sme", b: "dist", score: 1 }],
      availability: new Map(),
      busy: new Map([["sme", new Set([0])]]),
    };
    expect(schedule(input).assignments).toEqual([{ requestId: "r", slot: 20, table: 1 }]);
  });

  it("works around tables taken by talks already held", () => {
    const requests = [{ id: "r", a: "sme", b: "dist", score: 1 }];
    const occupied = new Map([[0, new Set([1])]]);
    expect(schedule({ slots: [0, 20], tables: 2, requests, availability: new Map(), occupied }).assignments).toEqual([{ requestId: "r", slot: 0, table: 2 }]);
    expect(schedule({ slots: [0, 20], tables: 1, requests, availability: new Map(), occupied }).assignments).toEqual([{ requestId: "r", slot: 20, table: 1 }]);
  });
});

describe("the event's slots", () => {
  it("steps by talk and break from the day's start in the event's zone, on every day, ending before the day ends", () => {
    const starts = slotStarts({
      startsOn: "2026-12-10",
      endsOn: "2026-12-11",
      timeZone: "Asia/Shanghai",
      dayStart: "09:00",
      dayEnd: "10:00",
      talkMinutes: 20,
      breakMinutes: 5,
    });
    expect(starts.map((ms) => new Date(ms).toISOString())).toEqual([
      "2026-12-10T01:00:00.000Z",
      "2026-12-10T01:25:00.000Z",
      "2026-12-11T01:00:00.000Z",
      "2026-12-11T01:25:00.000Z",
    ]);
  });
});
