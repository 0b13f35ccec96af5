import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { visibleRows } from '../../../shared/domain/timeline/zoom';

/** The grid's height until measured: its `max-height` is 70vh, and it is that tall when full. */
const guessHeight = () => (typeof window === 'undefined' ? 600 : Math.round(window.innerHeight * 0.7));

/**
 * Which rows of the grid to draw: those in view and two above and below, with the height of
 * the others kept as space, so thirty busy links never put thirty rows of items in the page.
 * The first render already guesses the view from the window (nothing is read back from the
 * layout before the first paint); the observed height replaces the guess.
 */
export function useVisibleRows(
  scroller: RefObject<HTMLDivElement | null>,
  heights: readonly number[],
  header: number,
): { first: number; last: number; before: number; after: number; onScroll(): void } {
  const offsets = useMemo(() => {
    const at = [0];
    for (const h of heights) at.push(at[at.length - 1]! + h);
    return at;
  }, [heights]);
  const [view, setView] = useState(() => ({ top: 0, height: guessHeight() }));
  const update = useCallback((top: number, height: number) => {
    const next = { top, height: height || guessHeight() };
    setView((v) => (v.top === next.top && v.height === next.height ? v : next));
  }, []);
  // The size comes from the observer, which is told it after the layout: reading clientHeight
  // here would make the browser lay out the whole page before its time (a forced layout).
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect.height;
      if (box !== undefined) update(el.scrollTop, box);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller, update]);
  const onScroll = useCallback(() => {
    const top = scroller.current?.scrollTop;
    if (top !== undefined) setView((v) => (v.top === top ? v : { ...v, top }));
  }, [scroller]);
  const { first, last } = visibleRows(offsets, Math.max(0, view.top - header), view.height);
  return {
    first,
    last,
    before: offsets[first] ?? 0,
    after: offsets[offsets.length - 1]! - (offsets[last + 1] ?? offsets[offsets.length - 1]!),
    onScroll,
  };
}
