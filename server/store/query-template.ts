import type { Compilable, CompiledQuery } from 'kysely';

/** Where a call's value goes in a query built once: the index of that value among the call's values. */
class Slot {
  constructor(readonly index: number) {}
}

/** A slot as the value a query builder expects there. */
const slot = <Value>(index: number) => new Slot(index) as unknown as Value;

/** A query shape compiled once, then bound to each call's values. */
export interface QueryTemplates {
  /**
   * The query `build` makes, compiled with `values`, for the caller to execute (on the store's database, a
   * transaction of it, or the SQLite connection beneath). The first call for `key` builds and compiles it,
   * with `slot(i)` standing for `values[i]`; later calls with that key reuse the SQL text and only bind
   * their values. So `key` must name everything that shapes the SQL (which columns, how many rows), and
   * every value that changes between calls must be a slot.
   */
  compile<Row>(
    key: string,
    build: (slot: <Value>(index: number) => Value) => Compilable<Row>,
    values: readonly unknown[],
  ): CompiledQuery<Row>;
  /** How many shapes are compiled now. */
  compiledCount(): number;
}

/** A compiled query whose parameters are either fixed values or slots for the call's values. */
interface Template {
  compiled: CompiledQuery;
  parameters: readonly unknown[];
}

/**
 * Query templates for the store's hot path. Kysely builds and compiles a query's tree on every call, and for
 * a chat message that cost several times what SQLite spends running the queries; a template compiles each
 * shape once per store. The SQL text, and so the prepared statement behind it, is the one Kysely would
 * produce: only the building is skipped. That includes plugins' `transformQuery`, which runs once per shape,
 * so the store's databases have no plugins.
 */
export function createQueryTemplates(): QueryTemplates {
  const templates = new Map<string, Template>();

  return {
    compile(key, build, values) {
      let template = templates.get(key);
      if (!template) {
        const compiled = build(slot).compile();
        template = { compiled, parameters: compiled.parameters };
        templates.set(key, template);
      }
      const parameters = template.parameters.map((parameter) =>
        parameter instanceof Slot ? values[parameter.index] : parameter,
      );
      return { ...template.compiled, parameters } as CompiledQuery<never>;
    },
    compiledCount: () => templates.size,
  };
}
