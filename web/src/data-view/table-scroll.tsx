import type { ReactNode } from 'react';

/**
 * A scrolling box around a wide or long table. It takes keyboard focus so the table can be
 * scrolled without a mouse (axe: scrollable-region-focusable), and is named by its table.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
