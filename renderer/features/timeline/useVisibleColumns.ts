import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { visibleColumns, type Zoom } from '../../../shared/domain/timeline/zoom';

const PER_YEAR: Readonly<Record<Zoom, number>> = { year: 1, quarter: 4, month: 12 };
const middleOfThisYear = () => new Date().getFullYear() + 0.5;
/** Columns drawn beyond the view on each side: one is wider than a frame's scroll, and a zoom lays out fewer. */
const OVERSCAN = 1;

/**
 * The scroll that puts a moment (a fractional year) in the middle of a view, on a column's edge:
 * the first column in view then starts right of the names, not under them. Unclamped: at the
 * span's end the browser stops short, and the moment asked is kept for the next zoom.
 */
export function scrollFor(
  at: number,
  fromYear: number,
  yearWidth: number,
  width: number,
  view: number,
): number {
  return Math.max(0, Math.round(((at - fromYear) * yearWidth - view / 2) / width) * width);
}

/**
 * Which columns of the grid to draw: those in view and one either side. The moment in the
 * middle of the view (a fractional year: 2026.5 is mid-2026) is kept across zooms and spans,
 * so the first render after a zoom already draws the right columns, and nothing reads the
 * layout back while the browser still has to lay out the new grid.
 */
export function useVisibleColumns({
  zoom,
  fromYear,
  count,
  width,
  nameWidth,
}: {
  zoom: Zoom;
  fromYear: number;
  count: number;
  width: number;
  nameWidth: number;
}): { scroller: RefObject<HTMLDivElement | null>; first: number; last: number; onScroll(): void } {
  const scroller = useRef<HTMLDivElement>(null);
  /** The width the columns have, beside the names; 0 until first measured. */
  const view = useRef(0);
  const middle = useRef<number | null>(null);
  const key = `${zoom}|${fromYear}|${count}|${width}`;
  const perYear = PER_YEAR[zoom];
  const leftFor = (at: number) => scrollFor(at, fromYear, width * perYear, width, view.current);
  const [measured, setMeasured] = useState({ key: '', first: 0, last: -1 });
  const range =
    measured.key === key
      ? measured
      : view.current === 0
        ? { first: 0, last: -1 }
        : visibleColumns(leftFor(middle.current ?? middleOfThisYear()), view.current, width, count, OVERSCAN);

  const show = useCallback(
    (scrollLeft: number) => {
      middle.current = fromYear + (scrollLeft + view.current / 2) / (width * perYear);
      const next = { key, ...visibleColumns(scrollLeft, view.current, width, count, OVERSCAN) };
      setMeasured((r) => (r.key === next.key && r.first === next.first && r.last === next.last ? r : next));
    },
    [key, fromYear, width, perYear, count],
  );

  // A new zoom or span: scroll to keep the same moment in the middle (this year's, at first).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (view.current === 0) view.current = Math.max(0, el.clientWidth - nameWidth);
    const left = scrollFor(
      middle.current ?? middleOfThisYear(),
      fromYear,
      width * perYear,
      width,
      view.current,
    );
    el.scrollLeft = left;
    show(left);
  }, [show, nameWidth, fromYear, width, perYear]);

  // One observer for the grid's life; a zoom must not disconnect and observe it again.
  const latest = useRef(show);
  useLayoutEffect(() => {
    latest.current = show;
  }, [show]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect.width;
      if (box !== undefined) view.current = Math.max(0, box - nameWidth);
      latest.current(el.scrollLeft);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [nameWidth]);

  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (scroller.current) show(scroller.current.scrollLeft);
    });
  };
  return { scroller, first: range.first, last: range.last, onScroll };
}
