import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { visibleRows } from '../../../shared/domain/timeline/zoom';

/** The grid's height until measured: its `max-height` is 70vh, and it is that tall when full. */
const guessHeight = () => (typeof window === 'undefined' ? 600 : Math.round(window.innerHeight * 0.7));

/**
 * Which rows of the grid to draw: those in view and two above and below, with the height of
 * the others kept as space, so thirty busy links never put thirty rows of items in the page.
 * The first render already guesses the view from the window (nothing is read back from the
 * layout before the first paint); the real height replaces the guess once measured.
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
  const read = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = { top: el.scrollTop, height: el.clientHeight || guessHeight() };
    setView((v) => (v.top === next.top && v.height === next.height ? v : next));
  }, [scroller]);
  useLayoutEffect(read, [read]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller, read]);
  const { first, last } = visibleRows(offsets, Math.max(0, view.top - header), view.height);
  return {
    first,
    last,
    before: offsets[first] ?? 0,
    after: offsets[offsets.length - 1]! - (offsets[last + 1] ?? offsets[offsets.length - 1]!),
    onScroll: read,
  };
}
