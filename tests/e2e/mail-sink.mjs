// An SMTP server for the Playwright journeys: the app under test sends its emails here (SMTP_URL),
// and each one is written to E2E_MAIL_DIR as JSON with its decoded text, where tests/e2e/mail.ts
// finds the links it needs (a new account's confirmation link). Started by server.sh; it exits
// with the server that started it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const port = Number(process.argv[2]);
const dir = process.argv[3];
mkdirSync(dir, { recursive: true });
let sequence = 0;

const header = (head, name) =>
  new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, "im")
    .exec(head)?.[1]
    ?.replace(/\r?\n[ \t]/g, " ")
    .trim() ?? "";

function decodeBody(head, body) {
  const encoding = header(head, "Content-Transfer-Encoding").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** The text/plain part of a message, decoded (nodemailer sends multipart/alternative). */
function plainText(raw) {
  const split = (part) => {
    const at = part.search(/\r?\n\r?\n/);
    return [part.slice(0, at), part.slice(at).replace(/^\r?\n\r?\n/, "")];
  };
  const [head, body] = split(raw);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(header(head, "Content-Type"))?.[1];
  if (!boundary) return decodeBody(head, body);
  for (const part of body.split(`--${boundary}`)) {
    const [partHead, partBody] = split(part.replace(/^\r?\n/, ""));
    if (/text\/plain/i.test(header(partHead, "Content-Type"))) return decodeBody(partHead, partBody);
  }
  return "";
}

const server = new SMTPServer({
  authOptional: true,
  disableReverseLookup: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      writeFileSync(path.join(dir, `${Date.now()}-${++sequence}.json`), JSON.stringify({ to, text: plainText(raw) }));
      callback();
    });
  },
});
server.listen(port, "127.0.0.1");
// Orphaned (the server that started it is gone): stop.
const parent = process.ppid;
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    process.exit(0);
  }
}, 2000).unref();
