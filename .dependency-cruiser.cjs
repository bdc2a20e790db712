// The layers of ../shared/STYLE.md, checked by `npm run depcruise` (and .ci/run).

// lib's domains, lowest first: a domain imports only domains before it. Top-level lib files
// (lib/log.ts, lib/errors.ts, lib/database-state.ts, ...) belong to no domain and any may import them.
// - accounts before auth: accounts are the users and their passwords (lib/accounts/password.ts);
//   auth signs them in and holds what builds on sign-in (the sign-in limit, changing a password,
//   signing a new account in).
// - ops near the top: it composes the domains (boot starts their jobs, readiness reads their
//   queues); the database probe every layer asks about is lib/database-state.ts.
// - public (public pages) reads catalog; saved-searches (digests) reads search, matches and companies.
// - chamber (the chamber console) reads inquiries, matches, moderation and notifications.
// - trust (verification evidence, reply rates, silence reminders) reads inquiries and counts
//   working days with the chamber's calendars; matching reads its stored figures by SQL only.
const domainOrder = [
  "i18n",
  "text",
  "http",
  "jobs",
  "geo",
  "hs",
  "accounts",
  "auth",
  "chambers",
  "search",
  "exchange",
  "notifications",
  "matching",
  "companies",
  "moderation",
  "catalog",
  "public",
  "saved-searches",
  "inquiries",
  "showrooms",
  "events",
  "chamber",
  "trust",
  "dashboard",
  "ops",
  "cli",
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-not-to-app",
      comment: "Business rules never reach up into pages, routes or server actions.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^app/" },
    },
    {
      name: "components-not-to-db-values",
      comment: "A component never touches the database; importing the schema's types is fine.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^db/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "db-not-to-lib",
      comment:
        "The schema, client and migrations never import lib, except the validated configuration (lib/env.ts, " +
        "which imports nothing of ours). db/cli and db/seed.ts are command-line entry points that compose lib.",
      severity: "error",
      from: { path: "^db/", pathNot: ["^db/cli/", "^db/seed\\.ts$"] },
      to: { path: "^lib/", pathNot: "^lib/env\\.ts$" },
    },
    ...domainOrder.map((domain, index) => ({
      name: `domain-order-${domain}`,
      comment: `lib/${domain} imports only the domains before it in domainOrder.`,
      severity: "error",
      from: { path: `^lib/${domain}/` },
      to: { path: `^lib/(${domainOrder.slice(index + 1).join("|")})/` },
    })),
    {
      name: "no-unresolvable",
      comment: "An import that resolves to nothing is a typo or a missing dependency.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules"] },
    exclude: { path: ["^node_modules", "^\\.next", "^\\.data"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
  },
};
