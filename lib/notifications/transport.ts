import nodemailer from "nodemailer";
import { env, isProduction } from "@/lib/env";

/** What the worker needs from a mail transport: nodemailer's sendMail, or a test double. */
export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string; headers?: Record<string, string> }): Promise<unknown>;
};

export type ConfiguredTransport = { mode: "smtp" | "dev-mailbox"; transport: MailTransport };

export function mailFrom(): string {
  return env("MAIL_FROM");
}

// Short timeouts: a row stays locked while its email is handed to the server, and an outage
// should become a retry soon rather than a connection hanging for minutes.
const smtpDefaults = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" };

/** A nodemailer SMTP transport for an smtp:// or smtps:// URL, with our timeouts unless the URL sets its own. */
export function smtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(smtpDefaults)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return nodemailer.createTransport(url.toString());
}

/**
 * The transport the environment asks for: SMTP when SMTP_URL is set; in development without it,
 * the dev mailbox (emails are rendered and marked sent without leaving the machine, and
 * /dev/mailbox lists them); in production without it, none, so the outbox keeps every email.
 */
export function transportFromEnv(): ConfiguredTransport | null {
  const smtpUrl = env("SMTP_URL");
  if (smtpUrl) return { mode: "smtp", transport: smtpTransport(smtpUrl) };
  if (isProduction()) return null;
  return { mode: "dev-mailbox", transport: nodemailer.createTransport({ jsonTransport: true }) };
}
