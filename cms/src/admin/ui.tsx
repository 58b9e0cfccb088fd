import type { CSSProperties } from 'react';

/*
 * What the dashboard's own widgets and pages share (build status, feedback, review list, version
 * history): the table cell, the loading state, the error text and a header row. Plain React and
 * inline styles — Strapi's design system is not a dependency of this app.
 */

/** A bordered table cell; long words and addresses wrap instead of widening the widget. */
export const cell = { border: '1px solid #8e8ea9', padding: '0.25rem 0.4rem', textAlign: 'left', verticalAlign: 'top', overflowWrap: 'anywhere' } as const;

/** A request's state: loading, failed with a German reason, or its answer. */
export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; answer: T };

/** The reason to show for a failed request: Strapi's own message (German from our routes) where there is one. */
export function errorMessage(err: unknown): string {
  const body = (err as { response?: { data?: { error?: { message?: unknown } } } }).response?.data?.error?.message;
  if (typeof body === 'string') return body;
  return err instanceof Error ? err.message : String(err);
}

/** A header row of column names (scope="col": screen readers announce them with each cell). */
export function HeaderRow({ names, style = cell }: { names: readonly string[]; style?: CSSProperties }) {
  return (
    <tr>
      {names.map((h) => (
        <th key={h} scope="col" style={style}>
          {h}
        </th>
      ))}
    </tr>
  );
}
