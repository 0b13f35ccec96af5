import { Box, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../shared/domain/timeline/labels';
import type { Timeline } from '../../../shared/domain/timeline/timeline';
import {
  bucketRow,
  periods,
  type Buckets,
  type Period,
  type Zoom,
} from '../../../shared/domain/timeline/zoom';
import { SHOWN, TimelineCell } from './TimelineCell';
import { KINDS } from './itemLabel';
import { gridWords, type GridWords } from './TimelineItemLink';
import { useVisibleColumns } from './useVisibleColumns';
import { useVisibleRows } from './useVisibleRows';

const NAME_WIDTH = 190;
const COLUMN_WIDTH: Readonly<Record<Zoom, number>> = { year: 170, quarter: 150, month: 130 };
const LINE = 20;
const HEADER = 32;

// The names stay in view; their edge is drawn, or a column scrolled half under them loses its own.
const sticky = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  borderRight: '1px solid var(--mantine-color-default-border)',
} as const;
/** Room kept for the columns (or, given a height, the rows) not drawn. */
const spacer = (width: number, height?: number) =>
  width > 0 || (height ?? 0) > 0 ? <div aria-hidden style={{ width, height, flex: 'none' }} /> : null;

interface RowProps {
  words: GridWords;
  /** Its place among the rows, the header being 1. */
  index: number;
  name: string;
  buckets: Buckets;
  columns: readonly Period[];
  labels: readonly string[];
  first: number;
  last: number;
  zoom: Zoom;
  width: number;
  height: number;
}

/** A partnership's row: its name kept in view on the left, only the columns in view drawn. */
const Row = memo(function Row({
  words,
  index,
  name,
  buckets,
  columns,
  labels,
  first,
  last,
  zoom,
  width,
  height,
}: RowProps) {
  const cells = [];
  for (let i = first; i <= last; i++)
    cells.push(
      <TimelineCell
        key={columns[i]!.key}
        items={buckets.get(i)}
        zoom={zoom}
        width={width}
        label={`${name}, ${labels[i]}`}
        colIndex={i + 2}
        words={words}
      />,
    );
  return (
    <div
      role="row"
      aria-rowindex={index}
      style={{ display: 'flex', height, borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Box
        role="rowheader"
        aria-colindex={1}
        px={8}
        py={4}
        style={{ ...sticky, width: NAME_WIDTH, flex: 'none' }}
      >
        <Text size="sm" fw={600} lineClamp={2}>
          {name}
        </Text>
      </Box>
      {spacer(first * width)}
      {cells}
      {spacer((columns.length - 1 - last) * width)}
    </div>
  );
});

/**
 * Rows are partnerships, columns are years, quarters or months. Only the rows and columns in
 * view (and a column or two rows either side) are drawn, rows keep one height whatever is scrolled into view,
 * and a change of zoom keeps the same moment in the middle.
 */
export function TimelineGrid({ timeline, zoom }: { timeline: Timeline; zoom: Zoom }) {
  const { t, i18n } = useTranslation('timeline');
  const { fromYear, toYear } = timeline;
  const width = COLUMN_WIDTH[zoom];
  const columns = useMemo(() => periods(fromYear, toYear, zoom), [fromYear, toYear, zoom]);
  const labels = useMemo(
    () => columns.map((c) => periodLabel(c, zoom, i18n.language, t('quarter'))),
    [columns, zoom, i18n.language, t],
  );
  const words = useMemo<GridWords>(
    () =>
      gridWords(
        t,
        i18n.language,
        Object.fromEntries(KINDS.map((k) => [k, t(`kinds.${k}`)])) as GridWords['kinds'],
      ),
    [t, i18n.language],
  );
  const rows = useMemo(
    () =>
      timeline.rows.map((row) => {
        const buckets = bucketRow(row, fromYear, toYear, zoom);
        let most = 1;
        for (const items of buckets.values()) most = Math.max(most, Math.min(items.length, SHOWN));
        return {
          row,
          buckets,
          height: most * LINE + 10,
          name: row.partnershipId === null ? t('noLink') : row.title,
        };
      }),
    [timeline, fromYear, toYear, zoom, t],
  );
  const { scroller, first, last, onScroll } = useVisibleColumns({
    zoom,
    fromYear,
    count: columns.length,
    width,
    nameWidth: NAME_WIDTH,
  });
  const heights = useMemo(() => rows.map((r) => r.height), [rows]);
  const shownRows = useVisibleRows(scroller, heights, HEADER);
  const drawn = rows.slice(shownRows.first, shownRows.last + 1);
  const headers = [];
  for (let i = first; i <= last; i++)
    headers.push(
      <Box
        key={columns[i]!.key}
        role="columnheader"
        aria-colindex={i + 2}
        px={6}
        style={{ width, flex: 'none', lineHeight: `${HEADER}px` }}
      >
        <Text size="sm" fw={600}>
          {labels[i]}
        </Text>
      </Box>,
    );
  return (
    <Box
      ref={scroller}
      onScroll={() => {
        onScroll();
        shownRows.onScroll();
      }}
      tabIndex={0}
      role="region"
      aria-label={t('grid')}
      style={{
        // Positioned, so the items' visually hidden words are clipped here and never widen the page.
        position: 'relative',
        overflow: 'auto',
        maxHeight: '70vh',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      <div
        role="table"
        aria-label={t('grid')}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        style={{ width: NAME_WIDTH + columns.length * width }}
      >
        <div
          role="row"
          aria-rowindex={1}
          style={{
            display: 'flex',
            height: HEADER,
            position: 'sticky',
            top: 0,
            zIndex: 2,
            background: 'var(--mantine-color-default-hover)',
          }}
        >
          <Box
            role="columnheader"
            aria-colindex={1}
            px={8}
            style={{
              ...sticky,
              background: 'inherit',
              width: NAME_WIDTH,
              flex: 'none',
              lineHeight: `${HEADER}px`,
            }}
          >
            <Text size="sm" fw={600}>
              {t('partnership')}
            </Text>
          </Box>
          {spacer(first * width)}
          {headers}
          {spacer((columns.length - 1 - last) * width)}
        </div>
        {spacer(0, shownRows.before)}
        {drawn.map((r, n) => (
          <Row
            words={words}
            index={shownRows.first + n + 2}
            key={r.row.partnershipId ?? 'none'}
            name={r.name}
            buckets={r.buckets}
            columns={columns}
            labels={labels}
            first={first}
            last={last}
            zoom={zoom}
            width={width}
            height={r.height}
          />
        ))}
        {spacer(0, shownRows.after)}
      </div>
    </Box>
  );
}
