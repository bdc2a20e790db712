// Serves one PGlite database over the PostgreSQL wire protocol on a Unix socket, to any number of
// client connections (the app's postgres.js pool, and the CLIs while the app runs).
//
// PGlite is a single PostgreSQL session. Connections take turns at it: a connection holds the
// session from its first message until PGlite's last message to it is ReadyForQuery with status
// idle ('I'): a whole extended-protocol exchange up to its Sync, a whole transaction (status 'T'
// or 'E' keeps it), a whole COPY. Meanwhile the others' messages wait in turn (first come, first
// served). This is what the app already relies on with PGlite in-process (its transactions are
// exclusive too), and what a message-by-message multiplexer gets wrong: two connections' unnamed
// statements, or one's query landing inside another's transaction.
//
// A connection that goes away while holding the session has its transaction rolled back and its
// named prepared statements deallocated (they live in the one session).
//
// COPY FROM STDIN is emulated: PGlite's backend exits on the protocol's own copy-in, so the rows
// are collected here and handed to PGlite as COPY FROM '/dev/blob' (its supported way), in slices
// of whole lines, inside one transaction.
import { createServer } from "node:net";
import { rmSync } from "node:fs";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const Z = 0x5a;
const IDLE = 0x49;

/** A protocol message: type byte, int32 length (itself included), body. */
function message(type, body) {
  const out = Buffer.alloc(5 + body.length);
  out[0] = type.charCodeAt(0);
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}
const cstring = (text) => Buffer.from(`${text}\0`, "utf8");
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/** Tracks the backend's messages as they stream out: which came last, and ReadyForQuery's status. */
class BackendScanner {
  header = Buffer.alloc(5);
  headerLength = 0;
  remaining = 0;
  lastType = 0;
  status = 0;
  sawError = false;

  scan(chunk) {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        if (this.lastType === Z && this.remaining === 1) this.status = chunk[i];
        const n = Math.min(this.remaining, chunk.length - i);
        i += n;
        this.remaining -= n;
        continue;
      }
      this.header[this.headerLength++] = chunk[i++];
      if (this.headerLength === 5) {
        this.lastType = this.header[0];
        if (this.lastType === 0x45) this.sawError = true; // ErrorResponse
        this.remaining = this.header.readInt32BE(1) - 4;
        this.headerLength = 0;
      }
    }
  }

  /** PGlite's last message was ReadyForQuery: idle, outside any transaction. */
  get idle() {
    return this.lastType === Z && this.remaining === 0 && this.headerLength === 0 && this.status === IDLE;
  }
}

/** First come, first served: who holds the session now. */
class SessionTurns {
  holder = null;
  waiting = [];

  acquire(connection) {
    if (this.holder === connection) return Promise.resolve();
    if (!this.holder) {
      this.holder = connection;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ connection, resolve }));
  }

  release(connection) {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection ?? null;
    next?.resolve();
  }

  forget(connection) {
    this.waiting = this.waiting.filter((w) => w.connection !== connection);
  }
}

const COPY_FROM_STDIN = /^\s*copy\s+([\s\S]+?)\s+from\s+stdin\s*;?\s*$/i;
const COPY_FLUSH_BYTES = 4 * 1024 * 1024;

/** ErrorResponse for an error PGlite threw (or one of ours). */
function errorResponse(error) {
  const e = /** @type {{ message?: string, code?: string, severity?: string, detail?: string }} */ (error ?? {});
  const fields = [
    ["S", e.severity ?? "ERROR"],
    ["V", e.severity ?? "ERROR"],
    ["C", e.code ?? "XX000"],
    ["M", e.message ?? String(error)],
    ...(e.detail ? [["D", e.detail]] : []),
  ];
  return message("E", Buffer.concat([...fields.map(([k, v]) => Buffer.concat([Buffer.from(k), cstring(v)])), Buffer.alloc(1)]));
}
const readyForQuery = (status) => message("Z", Buffer.from(status));
const typeOf = (packet) => String.fromCharCode(packet[0]);
/** A Query's or a Parse's SQL text. */
function sqlOf(packet) {
  const type = typeOf(packet);
  if (type === "Q") return packet.toString("utf8", 5, packet.length - 1);
  if (type === "P") {
    const nameEnd = packet.indexOf(0, 5);
    return packet.toString("utf8", nameEnd + 1, packet.indexOf(0, nameEnd + 1));
  }
  return undefined;
}

class Connection {
  buffer = Buffer.alloc(0);
  /** @type {{ packet: Buffer, startup?: boolean }[]} */
  pending = [];
  started = false;
  pumping = false;
  closed = false;
  statements = new Set();
  /** An emulated COPY FROM STDIN in progress (PGlite's backend exits on the protocol's own). */
  copy = null;
  /** After an error we answered ourselves in the extended protocol: drop messages up to Sync. */
  discarding = false;
  /** The session was idle after this connection's last exchange. */
  idle = true;

  constructor(socket, db, turns, connections, onFatal, startupReply) {
    this.startupReply = startupReply;
    this.socket = socket;
    this.db = db;
    this.turns = turns;
    this.connections = connections;
    this.onFatal = onFatal;
    socket.setNoDelay(true);
    socket.on("data", (data) => this.receive(data));
    socket.on("error", () => void this.close());
    socket.on("close", () => void this.close());
  }

  send(buffer) {
    if (!this.closed && this.socket.writable) this.socket.write(buffer);
  }

  receive(data) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
    while (!this.closed) {
      if (!this.started) {
        if (this.buffer.length < 8) break;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) break;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write("N");
          continue;
        }
        if (code === CANCEL_REQUEST) {
          this.socket.end(); // not supported: one statement runs at a time anyway
          return;
        }
        // Answered without waiting for a turn: PGlite's session is already started, and its reply
        // to a startup is always the same. Waiting would let a long transaction elsewhere run a
        // new connection into its connect timeout.
        this.started = true;
        this.send(this.startupReply);
        continue;
      }
      if (this.buffer.length < 5) break;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) break;
      const packet = Buffer.from(this.buffer.subarray(0, length));
      this.buffer = this.buffer.subarray(length);
      const type = typeOf(packet);
      if (type === "X") {
        this.socket.end();
        void this.close();
        return;
      }
      if (type === "P") {
        const name = packet.toString("utf8", 5, packet.indexOf(0, 5));
        if (name) this.statements.add(name);
      }
      this.pending.push({ packet });
    }
    void this.pump();
  }

  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.pending.length && !this.closed) {
        await this.turns.acquire(this);
        if (this.closed) break;
        if (this.copy) {
          await this.copyMessage(this.pending.shift().packet);
          continue;
        }
        if (this.discarding) {
          const { packet } = this.pending.shift();
          if (typeOf(packet) === "S") this.endDiscarding();
          continue;
        }
        const batch = [];
        while (this.pending.length) {
          const next = this.pending[0];
          if (!next.startup && "dcf".includes(typeOf(next.packet))) {
            // COPY messages outside a COPY: PostgreSQL ignores them (postgres.js sends a CopyFail
            // after every COPY it finished); PGlite would answer nothing, like a held turn.
            this.pending.shift();
            continue;
          }
          const copyTarget = next.startup ? undefined : sqlOf(next.packet)?.match(COPY_FROM_STDIN)?.[1];
          if (copyTarget === undefined) {
            batch.push(this.pending.shift().packet);
            continue;
          }
          if (batch.length) break; // run what came before it first
          this.pending.shift();
          if (typeOf(next.packet) === "Q") await this.startCopy(copyTarget);
          else this.refuseExtendedCopy();
          break;
        }
        // Only named statements parsed and described, ending with a Flush (see run()).
        const describesOnly = /^[PDH]*H$/.test(batch.map(typeOf).join("")) && batch.every((p) => typeOf(p) !== "P" || p[5] !== 0);
        if (batch.length) await this.run(batch.length === 1 ? batch[0] : Buffer.concat(batch), describesOnly);
        else if (this.idle && !this.copy && !this.discarding) this.turns.release(this); // only ignored messages
      }
    } catch (error) {
      if (error && typeof error === "object" && "name" in error && error.name === "ExitStatus") {
        this.onFatal(error);
        return;
      }
      process.stderr.write(`embedded database: ${error instanceof Error ? error.message : JSON.stringify(error)}\n`);
      this.socket.destroy();
      void this.close();
    } finally {
      this.pumping = false;
    }
  }

  /** Hands messages to PGlite, streams its answer back, and gives up the session once idle. */
  async run(batch, describesOnly) {
    const scanner = new BackendScanner();
    // PGlite answers synchronously, in many small chunks: corked, they leave in one write.
    this.socket.cork();
    try {
      await this.db.execProtocolRawStream(new Uint8Array(batch.buffer, batch.byteOffset, batch.byteLength), {
        onRawData: (chunk) => {
          scanner.scan(chunk);
          this.send(Buffer.from(chunk));
        },
      });
    } finally {
      this.socket.uncork();
    }
    // A batch PGlite answers nothing to (a lone Flush) leaves the state as it was.
    if (scanner.lastType) this.idle = scanner.idle;
    // postgres.js describes a new statement first (Parse, Describe, Flush) and sends its Bind and
    // Execute once it has the answer. Holding the session over that round trip would make every
    // other connection wait on this client's event loop; the named statement it prepared stays,
    // so the turn ends here unless something failed or a transaction is open.
    if (!this.idle && describesOnly && !scanner.sawError && !this.db.isInTransaction()) this.idle = true;
    if (this.idle) this.turns.release(this);
  }

  status(failed) {
    return this.db.isInTransaction() ? (failed ? "E" : "T") : "I";
  }

  refuseExtendedCopy() {
    this.send(errorResponse({ code: "0A000", message: "The embedded database takes COPY FROM STDIN as a simple query only." }));
    this.discarding = true;
  }

  endDiscarding() {
    this.discarding = false;
    const status = this.status(false);
    this.send(readyForQuery(status));
    if (status === "I") this.turns.release(this);
  }

  // COPY ... FROM STDIN, emulated: the rows arrive as CopyData and go to PGlite as COPY FROM
  // '/dev/blob' in slices of whole lines, inside one transaction (the caller's, or our own).
  async startCopy(target) {
    const ownTransaction = !this.db.isInTransaction();
    if (ownTransaction) await this.db.exec("BEGIN");
    this.copy = { target, chunks: [], size: 0, rows: 0, error: null, ownTransaction };
    this.send(message("G", Buffer.from([0, 0, 0]))); // text format, no per-column formats
  }

  async copyMessage(packet) {
    const copy = this.copy;
    const type = typeOf(packet);
    if (type === "d") {
      if (copy.error) return;
      copy.chunks.push(packet.subarray(5));
      copy.size += packet.length - 5;
      if (copy.size >= COPY_FLUSH_BYTES) await this.flushCopy(false);
    } else if (type === "c") {
      if (!copy.error) await this.flushCopy(true);
      await this.endCopy();
    } else if (type === "f") {
      copy.error ??= { code: "57014", message: `COPY from stdin failed: ${packet.toString("utf8", 5, packet.length - 1)}` };
      await this.endCopy();
    } // Flush and Sync are ignored during COPY, as PostgreSQL does
  }

  async flushCopy(final) {
    const copy = this.copy;
    let data = Buffer.concat(copy.chunks);
    copy.chunks = [];
    copy.size = 0;
    if (!final) {
      const cut = data.lastIndexOf(0x0a) + 1; // whole lines only
      copy.chunks.push(data.subarray(cut));
      copy.size = data.length - cut;
      data = data.subarray(0, cut);
    }
    if (!data.length) return;
    try {
      const result = await this.db.query(`copy ${copy.target} from '/dev/blob'`, [], { blob: new Blob([data]) });
      copy.rows += result.affectedRows ?? 0;
    } catch (error) {
      copy.error = error;
    }
  }

  async endCopy() {
    const copy = this.copy;
    this.copy = null;
    if (copy.error) {
      if (copy.ownTransaction) await this.db.exec("ROLLBACK");
      else await this.db.exec("DO $$ BEGIN RAISE EXCEPTION 'COPY failed'; END $$").catch(() => {}); // the caller's transaction is aborted, as PostgreSQL leaves it
      this.send(Buffer.concat([errorResponse(copy.error), readyForQuery(this.status(true))]));
    } else {
      if (copy.ownTransaction) await this.db.exec("COMMIT");
      this.send(Buffer.concat([message("C", cstring(`COPY ${copy.rows}`)), readyForQuery(this.status(false))]));
    }
    if (!this.db.isInTransaction()) this.turns.release(this);
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    this.connections.delete(this);
    this.pending = [];
    this.turns.forget(this);
    // Leave the one session as a fresh connection would find it.
    await this.turns.acquire(this);
    try {
      // An unfinished extended-protocol exchange ends at a Sync (an emulated COPY or a refused
      // statement never reached PGlite's protocol); an open transaction, ours or theirs, rolls back.
      if (!this.copy && !this.discarding) await this.db.execProtocolRaw(new Uint8Array(message("S", Buffer.alloc(0))));
      this.copy = null;
      const statements = [...this.statements].map((name) => `DEALLOCATE ${quoteIdent(name)};`);
      const sql = `${this.db.isInTransaction() ? "ROLLBACK;" : ""}${statements.join("")}`;
      if (sql) await this.db.execProtocolRaw(new Uint8Array(message("Q", cstring(sql))));
    } catch (error) {
      if (error && typeof error === "object" && "name" in error && error.name === "ExitStatus") this.onFatal(error);
      else process.stderr.write(`embedded database: cleaning up a connection failed: ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      this.turns.release(this);
    }
  }
}

/** Starts PGlite's session once; returns its reply (AuthenticationOk, ParameterStatus…, ReadyForQuery). */
async function startSession(db) {
  const params = Buffer.from("user\0kakehashi\0database\0kakehashi\0client_encoding\0UTF8\0\0", "utf8");
  const packet = Buffer.alloc(8 + params.length);
  packet.writeInt32BE(packet.length, 0);
  packet.writeInt32BE(196608, 4);
  params.copy(packet, 8);
  const reply = Buffer.from(await db.execProtocolRaw(new Uint8Array(packet)));
  const scanner = new BackendScanner();
  scanner.scan(reply);
  if (!scanner.idle) throw new Error("PGlite did not answer the startup with ReadyForQuery");
  return reply;
}

function defaultFatal(error) {
  process.stderr.write(`embedded database: PGlite stopped (${error?.message ?? error}); exiting\n`);
  process.exit(1);
}

/**
 * Listens on `socketPath`; resolves once listening. `stop()` closes every connection (rolling back
 * what they left open) and stops listening; it does not close the database.
 * @param {import("@electric-sql/pglite").PGlite} db
 * @param {string} socketPath
 * @param {{ onFatal?: (error: unknown) => void }} [options] called when PGlite's backend has exited
 */
export async function serve(db, socketPath, { onFatal = defaultFatal } = {}) {
  const turns = new SessionTurns();
  const connections = new Set();
  const startupReply = await startSession(db);
  const server = createServer((socket) => connections.add(new Connection(socket, db, turns, connections, onFatal, startupReply)));
  rmSync(socketPath, { force: true }); // a socket file left by a process that died
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });
  return {
    connections: () => connections.size,
    async stop() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        for (const connection of connections) connection.socket.destroy();
      });
      // Each connection's cleanup takes its turn; wait until the session is free.
      await turns.acquire("stop");
      turns.release("stop");
      rmSync(socketPath, { force: true });
    },
  };
}
