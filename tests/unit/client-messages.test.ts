import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessagesFor, clientNamespaces, pickMessages } from "@/lib/i18n/client-messages";
import { messagesFor } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(name) ? [rel] : [];
  });
}

function resolveImport(spec: string, from: string): string | undefined {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [`${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`].find((f) => existsSync(path.join(root, f)));
}

/** Every client component and the components, under components/ and app/, that they import. */
function clientModules(): string[] {
  const stack = [...sourceFiles("components"), ...sourceFiles("app")].filter((f) => readFileSync(path.join(root, f), "utf8").includes('"use client"'));
  const seen = new Set<string>();
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(path.join(root, file), "utf8").matchAll(/from\s+"([^"]+)"/g)) {
      const target = resolveImport(spec!, file);
      if (target && /^(components|app)\//.test(target)) stack.push(target);
    }
  }
  return [...seen];
}

/**
 * "ns.first" for each literal key a translator bound to `useTranslations("ns")` is called with, "ns"
 * for other keys; for `useTranslations()` the key itself.
 */
function keyPrefixesRead(source: string): string[] {
  const read: string[] = [];
  for (const [, name, ns] of source.matchAll(/const (\w+) = useTranslations\((?:"([^"]+)")?\)/g)) {
    for (const [, arg] of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw|\\.has)?\\(([^,)]*)`, "g"))) {
      if (ns === undefined) {
        // A translator without a namespace reads whole keys: "account.errors.x", or a template's literal head.
        const literal = /^["`]([A-Za-z0-9_.]+)/.exec(arg!.trim());
        read.push(literal ? literal[1]!.replace(/\.+$/, "") : "(a key computed at run time)");
      } else {
        const literal = /^["`]([A-Za-z0-9_]+)/.exec(arg!.trim());
        read.push(literal ? `${ns}.${literal[1]}` : ns);
      }
    }
  }
  return read;
}

describe("client messages", () => {
  it("lists every namespace and key prefix a client component reads", () => {
    const covered = (key: string) => clientNamespaces.some((ns) => key === ns || key.startsWith(`${ns}.`));
    const modules = clientModules();
    expect(modules).toContain("components/catalog/product-form.tsx");
    const missing = modules.flatMap((file) =>
      keyPrefixesRead(readFileSync(path.join(root, file), "utf8"))
        .filter((k) => !covered(k))
        .map((k) => `${file}: ${k}`),
    );
    expect(missing).toEqual([]);
  });

  it("hands the client the listed messages of the reader's language and none of the pages' own", () => {
    const ja = messagesFor("ja");
    const picked = clientMessagesFor("ja") as typeof ja;
    expect(picked.catalog.form).toEqual(ja.catalog.form);
    expect(picked.inquiries.meetings).toEqual(ja.inquiries.meetings);
    expect(picked).not.toHaveProperty("landing");
    expect(picked).not.toHaveProperty("dashboard");
    expect(picked.catalog).not.toHaveProperty("moderation");
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(ja).length / 2);
  });

  it("keeps only the named paths and their parents", () => {
    expect(pickMessages({ a: { b: { c: "1" }, d: "2" }, e: "3" }, ["a.b", "x.y"])).toEqual({ a: { b: { c: "1" } } });
  });
});
