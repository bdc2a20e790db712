#!/usr/bin/env bash
# Serves the production build for Playwright on a fresh embedded database with the demo seed.
# Set E2E_REUSE_BUILD=1 when `npm run build` has just run (CI does) to skip building twice.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${E2E_REUSE_BUILD:-}" ] || [ ! -f .next/BUILD_ID ]; then
  npx next build
fi
rm -rf "${PGLITE_DIR:-.data/e2e-pglite}"
npx tsx --conditions=react-server db/cli/prepare.ts
# The app sends its emails to a sink of our own: journeys read a new account's confirmation link there.
if [ -n "${E2E_MAIL_DIR:-}" ] && [ -n "${E2E_SMTP_PORT:-}" ]; then
  rm -rf "$E2E_MAIL_DIR"
  node tests/e2e/mail-sink.mjs "$E2E_SMTP_PORT" "$E2E_MAIL_DIR" &
fi
exec node server.mjs -p "${E2E_PORT:-3100}" -H 127.0.0.1
