/**
 * A tiny parameterised SQL builder: values become $n placeholders, nested fragments compose.
 * Read paths use it to select plain rows without entity hydration.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
    /** Whether the pool keeps this statement prepared on each connection (see `prepared`). */
    readonly prepared = false,
  ) {}

  /**
   * The same statement, parsed and planned once per connection and reused after: for the few
   * statements of a fixed text that every request runs (the caller's look-up and charge).
   */
  prepare(): Sql {
    return new Sql(this.strings, this.values, true);
  }

  /** Renders to text and parameters, numbering placeholders from 1. */
  toQuery(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.render(values);
    return { text, values };
  }

  private render(out: unknown[]): string {
    let text = this.strings[0];
    this.values.forEach((value, i) => {
      if (value instanceof Sql) text += value.render(out);
      else {
        out.push(value);
        text += `$${out.length}`;
      }
      text += this.strings[i + 1];
    });
    return text;
  }
}

/**
 * Leads the statements that admit a request (the caller's look-up, the budget's charge), so
 * statement counts can tell them from those that answer it, and so can pg_stat_statements.
 */
export const ADMISSION_TAG = '/* admission */';

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Trusted SQL text (identifiers and expressions from code, never from input). */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

export function join(fragments: Sql[], separator: string): Sql {
  if (fragments.length === 0) return raw('');
  const strings = ['', ...fragments.slice(1).map(() => separator), ''];
  return new Sql(strings, fragments);
}

/** `WHERE a AND b …`, or nothing when there are no conditions. */
export function where(conditions: Sql[]): Sql {
  return conditions.length ? sql`WHERE ${join(conditions, ' AND ')}` : raw('');
}
