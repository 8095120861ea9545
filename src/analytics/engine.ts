/**
 * What the analytics pipeline needs from the events store: run one read-only SQL
 * statement with named parameters (`$name`) and get plain rows back. BIGINT and HUGEINT
 * become numbers, DECIMAL numbers, TIMESTAMP ISO strings, LIST arrays, STRUCT objects.
 * Only compilers in src/analytics write SQL; routes never do.
 */
export type SqlValue = string | number | boolean | null;
export type SqlParams = Record<string, SqlValue>;
export type SqlRow = Record<string, unknown>;

export interface SqlEngine {
  select(sql: string, params?: SqlParams): Promise<SqlRow[]>;
}

/** Collects named parameters while a compiler writes SQL: `b.param(v)` returns `$p3`. */
export class SqlBuilder {
  readonly params: SqlParams = {};
  private n = 0;

  param(value: SqlValue): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** `(…)` list of parameters, for `IN`; never empty (an empty list is `(NULL)`, which matches nothing). */
  list(values: readonly SqlValue[]): string {
    if (values.length === 0) return '(NULL)';
    return `(${values.map((v) => this.param(v)).join(', ')})`;
  }
}
