import { memo, useMemo, type CSSProperties } from 'react';
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

/** The names' column; timeline.css reads it as --tl-names, so a heading sticks right of it. */
const NAME_WIDTH = 190;
const COLUMN_WIDTH: Readonly<Record<Zoom, number>> = { year: 170, quarter: 150, month: 130 };
const LINE = 20;
const HEADER = 32;

/** Room kept for the columns (or, given a height, the rows) not drawn. */
const spacer = (width: number, height?: number) =>
  width > 0 || (height ?? 0) > 0 ? <div aria-hidden style={{ width, height, flex: 'none' }} /> : null;

/** A partnership's name, kept in view on the left; the same element whatever the zoom. */
const NameCell = memo(function NameCell({ name }: { name: string }) {
  return (
    <div role="rowheader" aria-colindex={1} className="tl-name">
      <span className="tl-name-text">{name}</span>
    </div>
  );
});

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
    <div role="row" aria-rowindex={index} className="tl-row" style={{ height }}>
      <NameCell name={name} />
      {spacer(first * width)}
      {cells}
      {spacer((columns.length - 1 - last) * width)}
    </div>
  );
});

/**
 * The headings of the columns in view. Each label sticks right of the names, so a column
 * scrolled half under them still shows its year whole.
 */
const Headings = memo(function Headings({
  columns,
  labels,
  first,
  last,
  width,
  title,
}: {
  columns: readonly Period[];
  labels: readonly string[];
  first: number;
  last: number;
  width: number;
  title: string;
}) {
  const headers = [];
  for (let i = first; i <= last; i++)
    headers.push(
      <div
        key={columns[i]!.key}
        role="columnheader"
        aria-colindex={i + 2}
        className="tl-head"
        style={{ width }}
      >
        <span className="tl-head-label">{labels[i]}</span>
      </div>,
    );
  return (
    <div role="row" aria-rowindex={1} className="tl-heads">
      <div role="columnheader" aria-colindex={1} className="tl-name tl-name-head">
        {title}
      </div>
      {spacer(first * width)}
      {headers}
      {spacer((columns.length - 1 - last) * width)}
    </div>
  );
});

interface RowLayout {
  key: string;
  name: string;
  buckets: Buckets;
  height: number;
}

interface ZoomLayout {
  columns: Period[];
  labels: string[];
  rows: RowLayout[];
}

/** A zoom's columns, their headings, and each row's items by column with the row's height. */
function zoomLayout(
  timeline: Timeline,
  zoom: Zoom,
  lang: string,
  quarterWord: string,
  noLink: string,
): ZoomLayout {
  const { fromYear, toYear } = timeline;
  const columns = periods(fromYear, toYear, zoom);
  return {
    columns,
    labels: columns.map((c) => periodLabel(c, zoom, lang, quarterWord)),
    rows: timeline.rows.map((row) => {
      const buckets = bucketRow(row, fromYear, toYear, zoom);
      let most = 1;
      for (const items of buckets.values()) most = Math.max(most, Math.min(items.length, SHOWN));
      return {
        key: row.partnershipId ?? 'none',
        buckets,
        height: most * LINE + 10,
        name: row.partnershipId === null ? noLink : row.title,
      };
    }),
  };
}

/**
 * Rows are partnerships, columns are years, quarters or months. Only the rows and columns in
 * view (and a column or two rows either side) are drawn, rows keep one height whatever is
 * scrolled into view, and a change of zoom keeps the same moment in the middle. Each zoom's
 * columns, headings and rows are worked out once per timeline and kept: zooming back is free.
 */
export function TimelineGrid({ timeline, zoom }: { timeline: Timeline; zoom: Zoom }) {
  const { t, i18n } = useTranslation('timeline');
  const { fromYear } = timeline;
  const lang = i18n.language;
  const width = COLUMN_WIDTH[zoom];
  const quarterWord = t('quarter');
  const noLink = t('noLink');
  // Each zoom worked out once per timeline and language: zooming back looks it up.
  const layoutFor = useMemo(() => {
    const byZoom = new Map<Zoom, ZoomLayout>();
    return (z: Zoom) => {
      let found = byZoom.get(z);
      if (!found) byZoom.set(z, (found = zoomLayout(timeline, z, lang, quarterWord, noLink)));
      return found;
    };
  }, [timeline, lang, quarterWord, noLink]);
  const { columns, labels, rows } = layoutFor(zoom);
  const words = useMemo<GridWords>(
    () =>
      gridWords(t, lang, Object.fromEntries(KINDS.map((k) => [k, t(`kinds.${k}`)])) as GridWords['kinds']),
    [t, lang],
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
  const tableStyle = useMemo(
    () =>
      ({
        width: NAME_WIDTH + columns.length * width,
        '--tl-names': `${NAME_WIDTH}px`,
        '--tl-header': `${HEADER}px`,
      }) as CSSProperties,
    [columns.length, width],
  );
  return (
    <div
      ref={scroller}
      onScroll={() => {
        onScroll();
        shownRows.onScroll();
      }}
      tabIndex={0}
      role="region"
      aria-label={t('grid')}
      className="tl-scroller"
    >
      <div
        role="table"
        aria-label={t('grid')}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        style={tableStyle}
      >
        <Headings
          columns={columns}
          labels={labels}
          first={first}
          last={last}
          width={width}
          title={t('partnership')}
        />
        {spacer(0, shownRows.before)}
        {drawn.map((r, n) => (
          <Row
            words={words}
            index={shownRows.first + n + 2}
            key={r.key}
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
    </div>
  );
}
