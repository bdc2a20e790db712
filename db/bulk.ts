/**
 * Many rows in one statement with one parameter: the rows travel as a JSON array and PostgreSQL
 * turns it into the table's row type (`jsonb_populate_recordset`). Building a multi-row INSERT
 * with drizzle walks every value of every row through its query builder, which cost an import
 * of 100,000 rows more CPU than everything else it does; this costs one JSON.stringify. It works
 * the same on postgres.js and PGlite.
 *
 * Values must be what JSON carries (strings, numbers, booleans, null, arrays, objects for jsonb
 * columns) or Dates (sent as ISO strings, as drizzle sends them). A column a row leaves out gets
 * what drizzle would give it: its $defaultFn, its literal default or, if no row names the column,
 * the database's default.
 */
import { getTableColumns, getTableName, is, SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./client";

type Conflict =
  | { nothing: true; target?: PgColumn[] }
  | { target: PgColumn[]; /** Columns replaced by the new row's value. */ update: PgColumn[]; /** Columns set to now(). */ touch?: PgColumn[] };

export type BulkInsertOptions = { onConflict?: Conflict; returning?: Record<string, PgColumn> };

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The rows of a raw statement's result on either driver (postgres.js gives an array, PGlite `{ rows }`). */
export function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as T[];
}

/**
 * The columns `rows` fill, and each row as a JSON object keyed by column name. A column some rows
 * leave out and whose default only the database knows cannot be given per row: refused.
 */
function encode<T extends PgTable>(table: T, rows: T["$inferInsert"][]) {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const named = new Set<string>();
  for (const row of rows) for (const [key, value] of Object.entries(row as object)) if (value !== undefined) named.add(key);
  const used = columns.filter(
    ([key, column]) => named.has(key) || column.defaultFn !== undefined || (column.default !== undefined && !is(column.default, SQL)),
  );
  const objects = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of used) {
      let value = (row as Record<string, unknown>)[key];
      if (value === undefined) {
        if (column.defaultFn !== undefined) value = column.defaultFn();
        else if (column.default !== undefined && !is(column.default, SQL)) value = column.default;
        else if (column.default !== undefined || column.hasDefault) {
          throw new Error(`bulkInsert ${getTableName(table)}: some rows leave out ${column.name}, whose default only the database has`);
        } else value = null;
      }
      out[column.name] = value;
    }
    return out;
  });
  return { names: used.map(([, column]) => ident(column.name)), objects };
}

/** Inserts `rows` into `table` in statements of `batch` rows; returns the `returning` columns of every row, keyed as asked. */
export async function bulkInsert<T extends PgTable, R extends Record<string, unknown> = Record<string, unknown>>(
  executor: Executor,
  table: T,
  rows: T["$inferInsert"][],
  options: BulkInsertOptions & { batch?: number } = {},
): Promise<R[]> {
  const out: R[] = [];
  const batch = options.batch ?? 2000;
  for (let start = 0; start < rows.length; start += batch) {
    const { names, objects } = encode(table, rows.slice(start, start + batch));
    const list = names.join(", ");
    const tableName = ident(getTableName(table));
    const head = `insert into ${tableName} (${list}) select ${list} from jsonb_populate_recordset(null::${tableName}, `;
    let statement = `::jsonb)`;
    const conflict = options.onConflict;
    if (conflict) {
      const target = conflict.target ? ` (${conflict.target.map((c) => ident(c.name)).join(", ")})` : "";
      if ("nothing" in conflict) statement += ` on conflict${target} do nothing`;
      else {
        const set = [
          ...conflict.update.map((c) => `${ident(c.name)} = excluded.${ident(c.name)}`),
          ...(conflict.touch ?? []).map((c) => `${ident(c.name)} = now()`),
        ];
        statement += ` on conflict${target} do update set ${set.join(", ")}`;
      }
    }
    if (options.returning) {
      statement += ` returning ${Object.entries(options.returning)
        .map(([alias, c]) => `${ident(c.name)} as ${ident(alias)}`)
        .join(", ")}`;
    }
    const result = await executor.execute(sql`${sql.raw(head)}${JSON.stringify(objects)}${sql.raw(statement)}`);
    if (options.returning) out.push(...resultRows<R>(result));
  }
  return out;
}

/**
 * Updates many rows of `table` in one statement per `batch`: each row names its `key` and the
 * columns to set, as drizzle's `update().set()` would (columns with an $onUpdate function that a row
 * does not set get its value). `where` narrows the rows that may change (a boolean column that must
 * be true). Returns the keys of the rows it changed.
 */
export async function bulkUpdate<T extends PgTable>(
  executor: Executor,
  table: T,
  key: PgColumn,
  rows: Partial<T["$inferInsert"]>[],
  options: { where?: PgColumn; batch?: number } = {},
): Promise<string[]> {
  if (rows.length === 0) return [];
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const keyEntry = columns.find(([, c]) => c === key);
  if (!keyEntry) throw new Error(`bulkUpdate ${getTableName(table)}: the key is not one of its columns`);
  const named = new Set(Object.keys(rows[0] as object));
  for (const row of rows) {
    const keys = Object.keys(row as object);
    if (keys.length !== named.size || keys.some((k) => !named.has(k))) throw new Error(`bulkUpdate ${getTableName(table)}: rows set different columns`);
  }
  const touched = new Map(columns.filter(([k, c]) => !named.has(k) && c.onUpdateFn !== undefined).map(([k, c]) => [k, c.onUpdateFn!()]));
  const set = columns.filter(([k]) => k !== keyEntry[0] && (named.has(k) || touched.has(k)));
  const tableName = ident(getTableName(table));
  const keyName = ident(key.name);
  const head =
    `update ${tableName} as t set ${set.map(([, c]) => `${ident(c.name)} = x.${ident(c.name)}`).join(", ")} ` +
    `from jsonb_populate_recordset(null::${tableName}, `;
  const tail = `::jsonb) as x where t.${keyName} = x.${keyName}${options.where ? ` and t.${ident(options.where.name)}` : ""} returning t.${keyName} as key`;
  const out: string[] = [];
  const batch = options.batch ?? 2000;
  for (let start = 0; start < rows.length; start += batch) {
    const objects = rows.slice(start, start + batch).map((row) => {
      const o: Record<string, unknown> = {};
      for (const [k, c] of columns) {
        if (named.has(k)) o[c.name] = (row as Record<string, unknown>)[k] ?? null;
        else if (touched.has(k)) o[c.name] = touched.get(k);
      }
      return o;
    });
    const result = await executor.execute(sql`${sql.raw(head)}${JSON.stringify(objects)}${sql.raw(tail)}`);
    out.push(...resultRows<{ key: string }>(result).map((r) => r.key));
  }
  return out;
}
