import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// tests/e2e/mail-sink.mjs listens here and writes what the app sends into mailDir (tests/e2e/mail.ts).
const smtpPort = port + 1000;
const mailDir = `.data/e2e-mail-${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // This machine has no outside network: stop Chromium from trying to reach it.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "bash tests/e2e/server.sh",
    url: `http://127.0.0.1:${port}/en`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      E2E_PORT: String(port),
      PGLITE_DIR: ".data/e2e-pglite",
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      NODE_ENV: "production",
      // Plain http on 127.0.0.1: no HSTS, and cookies without Secure.
      APP_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_WORKER_INTERVAL_MS: "500",
      // The saved-search journey makes a digest due and waits for it.
      DIGEST_JOB_INTERVAL_MS: "1000",
      E2E_SMTP_PORT: String(smtpPort),
      E2E_MAIL_DIR: mailDir,
    },
  },
});
