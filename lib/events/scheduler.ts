/**
 * The business-talk scheduler: places accepted requests into slots and tables so that no
 * participant and no table holds two talks at once, each talk inside both sides' availability.
 * Pure, so property tests and the benchmark run it without a database.
 *
 * Greedy by score: requests are taken best-scoring first, each into the earliest slot where both
 * sides are free and available and a table is left. A request is left out only when every slot
 * both sides could use is taken by one of them or by a full room of talks placed before it, so it
 * schedules every request whose common slots outnumber what can block it (see `schedulesAll`).
 */
export type TalkRequestInput = { id: string; a: string; b: string; score: number };

export type SchedulerInput = {
  /** Slot starts, any unit, in time order. */
  slots: readonly number[];
  tables: number;
  requests: readonly TalkRequestInput[];
  /** The slots (values of `slots`) each participant can talk at; a participant not here can talk at any. */
  availability: ReadonlyMap<string, ReadonlySet<number>>;
  /** Slots already taken per participant (talks held or kept), never double-booked. */
  busy?: ReadonlyMap<string, ReadonlySet<number>>;
  /** Tables (1-based) already taken per slot by those talks. */
  occupied?: ReadonlyMap<number, ReadonlySet<number>>;
};

export type Assignment = { requestId: string; slot: number; table: number };

export type SchedulerResult = { assignments: Assignment[]; unscheduled: string[] };

/** Best score first; ties by id so the same input always gives the same schedule. */
function byScore(x: TalkRequestInput, y: TalkRequestInput): number {
  return y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

export function schedule(input: SchedulerInput): SchedulerResult {
  const slotCount = input.slots.length;
  const index = new Map(input.slots.map((slot, i) => [slot, i]));
  // Per slot, which tables (index 1…tables) hold a talk; filled from `occupied`, then as we place.
  const seats = input.slots.map((slot) => {
    const row = new Uint8Array(input.tables + 1);
    for (const table of input.occupied?.get(slot) ?? []) if (table >= 1 && table <= input.tables) row[table] = 1;
    return row;
  });
  const tablesUsed = Uint16Array.from(seats, (row) => row.reduce((n, x) => n + x, 0));
  const taken = new Map<string, Uint8Array>();
  const takenOf = (participant: string): Uint8Array => {
    let row = taken.get(participant);
    if (!row) {
      row = new Uint8Array(slotCount);
      for (const slot of input.busy?.get(participant) ?? []) {
        const i = index.get(slot);
        if (i !== undefined) row[i] = 1;
      }
      taken.set(participant, row);
    }
    return row;
  };
  const open = (participant: string, i: number): boolean => {
    const allowed = input.availability.get(participant);
    return !allowed || allowed.has(input.slots[i]!);
  };

  const assignments: Assignment[] = [];
  const unscheduled: string[] = [];
  for (const request of [...input.requests].sort(byScore)) {
    const a = takenOf(request.a);
    const b = takenOf(request.b);
    let placed = false;
    for (let i = 0; i < slotCount; i++) {
      if (a[i] || b[i] || tablesUsed[i]! >= input.tables) continue;
      if (!open(request.a, i) || !open(request.b, i)) continue;
      const table = seats[i]!.indexOf(0, 1);
      a[i] = 1;
      b[i] = 1;
      seats[i]![table] = 1;
      tablesUsed[i]! += 1;
      assignments.push({ requestId: request.id, slot: input.slots[i]!, table });
      placed = true;
      break;
    }
    if (!placed) unscheduled.push(request.id);
  }
  return { assignments, unscheduled };
}
