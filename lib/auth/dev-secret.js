// In development, AUTH_SECRET may be unset: generate one once and keep it in .data/ so that
// sessions survive restarts. Production must set AUTH_SECRET explicitly (Auth.js refuses otherwise).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function ensureDevAuthSecret() {
  if (process.env.AUTH_SECRET || process.env.NODE_ENV === "production") return;
  const dir = path.resolve(process.cwd(), ".data");
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
