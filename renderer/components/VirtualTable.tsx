import { Box } from '@mantine/core';
import { memo, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';

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

interface RowProps<T> {
  item: T;
  index: number;
  columns: readonly VirtualColumn<T>[];
  rowHeight: number;
  rowStyle: CSSProperties;
}

function RowView<T>({ item, index, columns, rowHeight, rowStyle }: RowProps<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
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
        <div role="cell" key={c.key} style={CELL_STYLE}>
          {c.render(item)}
        </div>
      ))}
    </div>
  );
}

/** A row still in view after a scroll is not drawn again (same item, place and columns). */
const Row = memo(RowView) as typeof RowView;

const CELL_STYLE: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

/**
 * A table that draws only the rows in view (30,000 rows would otherwise cost seconds
 * and long tasks). Rows have a fixed height so positions need no measuring; ARIA row
 * indices tell assistive technology where each drawn row sits in the whole. Scrolling
 * re-renders only when another row reaches the top, and the viewport is measured by a
 * ResizeObserver: reading its height on every render forced a layout per scroll step.
 */
export function VirtualTable<T>({
  items,
  columns,
  rowKey,
  label,
  rowHeight = 48,
  height = 480,
  overscan = 8,
}: VirtualTableProps<T>) {
  const [topRow, setTopRow] = useState(0);
  const [viewport, setViewport] = useState(800);
  const scroller = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0) setViewport(el.clientHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const grid = columns.map((c) => c.width).join(' ');
  const first = Math.max(0, topRow - overscan);
  const last = Math.min(items.length, topRow + Math.ceil(viewport / rowHeight) + 1 + overscan);
  const gridStyle = useMemo<CSSProperties>(
    () => ({ display: 'grid', gridTemplateColumns: grid, alignItems: 'center', gap: 12, padding: '0 12px' }),
    [grid],
  );

  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={items.length + 1}
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
    >
      <Box role="rowgroup">
        <Box
          role="row"
          aria-rowindex={1}
          style={{
            ...gridStyle,
            height: 36,
            fontWeight: 600,
            fontSize: 13,
            borderBottom: '1px solid var(--mantine-color-default-border)',
          }}
        >
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
        ref={scroller}
        style={{ height, overflowY: 'auto', position: 'relative', contain: 'strict' }}
        onScroll={(e) => setTopRow(Math.floor(e.currentTarget.scrollTop / rowHeight))}
      >
        <div style={{ height: items.length * rowHeight, position: 'relative' }}>
          {items.slice(first, last).map((item, i) => (
            <Row
              key={rowKey(item)}
              item={item}
              index={first + i}
              columns={columns}
              rowHeight={rowHeight}
              rowStyle={gridStyle}
            />
          ))}
        </div>
      </Box>
    </Box>
  );
}
