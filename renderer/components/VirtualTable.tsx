import { Box } from '@mantine/core';
import { useState, type CSSProperties, type ReactNode } from 'react';

export interface VirtualColumn<T> {
  key: string;
  header: string;
  /** CSS grid track, e.g. "2fr" or "120px". */
  width: string;
  render(item: T): ReactNode;
}

export interface VirtualTableProps<T> {
  items: readonly T[];
  columns: readonly VirtualColumn<T>[];
  rowKey(item: T): string;
  label: string;
  rowHeight?: number;
  height?: CSSProperties['height'];
  /** Rows drawn beyond the visible ones, so a quick scroll does not show blank space. */
  overscan?: number;
}

/**
 * A table that draws only the rows in view (30,000 rows would otherwise cost seconds
 * and long tasks). Rows have a fixed height so positions need no measuring; ARIA row
 * indices tell assistive technology where each drawn row sits in the whole.
 */
export function VirtualTable<T>({ items, columns, rowKey, label, rowHeight = 48, height = 480, overscan = 8 }: VirtualTableProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const grid = columns.map((c) => c.width).join(' ');
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  const rowStyle: CSSProperties = { display: 'grid', gridTemplateColumns: grid, alignItems: 'center', gap: 12, padding: '0 12px' };

  return (
    <Box role="table" aria-label={label} aria-rowcount={items.length + 1} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
      <Box role="rowgroup">
        <Box role="row" aria-rowindex={1} style={{ ...rowStyle, height: 36, fontWeight: 600, fontSize: 13, borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          {columns.map((c) => (
            <div role="columnheader" key={c.key}>
              {c.header}
            </div>
          ))}
        </Box>
      </Box>
      <Box
        role="rowgroup"
        data-testid="virtual-scroller"
        style={{ height, overflowY: 'auto', position: 'relative', contain: 'strict' }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        ref={(el: HTMLDivElement | null) => {
          if (el && el.clientHeight !== viewport && el.clientHeight > 0) setViewport(el.clientHeight);
        }}
      >
        <div style={{ height: items.length * rowHeight, position: 'relative' }}>
          {items.slice(first, last).map((item, i) => {
            const index = first + i;
            return (
              <Box
                role="row"
                aria-rowindex={index + 2}
                key={rowKey(item)}
                style={{
                  ...rowStyle,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: rowHeight,
                  transform: `translateY(${index * rowHeight}px)`,
                  borderBottom: '1px solid var(--mantine-color-default-border)',
                }}
              >
                {columns.map((c) => (
                  <div role="cell" key={c.key} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {c.render(item)}
                  </div>
                ))}
              </Box>
            );
          })}
        </div>
      </Box>
    </Box>
  );
}
