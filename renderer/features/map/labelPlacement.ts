/** Screen-space geometry for putting town names beside their points without covering the lines. */
export type Point = readonly [number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  key: string;
  at: Point;
  text: string;
  fontSize: number;
  /** Where the town's own line comes from: the label is first tried on the far side. */
  from?: Point;
}

export interface PlacedLabel {
  key: string;
  /** SVG text anchor point (baseline) and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Noto Sans averages a little over half an em per character; a generous guess keeps clear of lines. */
const CHAR_WIDTH_EM = 0.58;
const GAP = 7;

function boxFor(at: Point, width: number, height: number, dx: number, dy: number): Box {
  // dx, dy in -1..1: which side of the point the label sits on.
  const x = dx > 0 ? at[0] + GAP : dx < 0 ? at[0] - GAP - width : at[0] - width / 2;
  const y = dy > 0 ? at[1] + GAP : dy < 0 ? at[1] - GAP - height : at[1] - height / 2;
  return { x, y, width, height };
}

function anchorOf(dx: number): PlacedLabel['anchor'] {
  return dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
}

const SIDES: Point[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Does the segment p-q cross or touch the box? (Liang–Barsky clipping.) */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const edges: [number, number][] = [
    [-dx, p[0] - b.x],
    [dx, b.x + b.width - p[0]],
    [-dy, p[1] - b.y],
    [dy, b.y + b.height - p[1]],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return false;
    } else {
      const r = qe / pe;
      if (pe < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function cost(box: Box, lines: Point[][], placed: Box[], points: Point[], frame: Box): number {
  let c = 0;
  for (const line of lines)
    line.forEach((q, i) => {
      const p = line[i - 1];
      if (p && segmentHitsBox(p, q, box)) c += 10;
    });
  for (const other of placed) if (overlaps(box, other)) c += 25;
  for (const p of points)
    if (p[0] >= box.x && p[0] <= box.x + box.width && p[1] >= box.y && p[1] <= box.y + box.height) c += 15;
  const outside =
    box.x < frame.x ||
    box.y < frame.y ||
    box.x + box.width > frame.x + frame.width ||
    box.y + box.height > frame.y + frame.height;
  if (outside) c += 40;
  return c;
}

/**
 * Greedy placement: each name in turn takes the side of its point that crosses the fewest lines,
 * other names, points and the map's edge; ties go to the side facing away from its own line,
 * then to the right. Lines are polylines in screen coordinates (the arcs, sampled).
 */
export function placeLabels(
  requests: LabelRequest[],
  lines: Point[][],
  points: Point[],
  frame: Box,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    const width = r.text.length * r.fontSize * CHAR_WIDTH_EM;
    const height = r.fontSize * 1.2;
    const [ax, ay] = r.from ? [Math.sign(r.at[0] - r.from[0]), Math.sign(r.at[1] - r.from[1])] : [1, 0];
    const ordered = [...SIDES].sort((a, b) => b[0] * ax + b[1] * ay - (a[0] * ax + a[1] * ay));
    let best: { box: Box; side: Point; cost: number } | null = null;
    for (const side of ordered) {
      const box = boxFor(r.at, width, height, side[0], side[1]);
      const c = cost(
        box,
        lines,
        placed.map((p) => p.box),
        points.filter((p) => p[0] !== r.at[0] || p[1] !== r.at[1]),
        frame,
      );
      if (!best || c < best.cost) best = { box, side, cost: c };
      if (c === 0) break;
    }
    if (!best) continue;
    const { box, side } = best;
    const x = side[0] > 0 ? box.x : side[0] < 0 ? box.x + box.width : box.x + box.width / 2;
    // Baseline a fifth of the height above the box's bottom, as Noto Sans sits.
    placed.push({ key: r.key, x, y: box.y + box.height * 0.8, anchor: anchorOf(side[0]), box });
  }
  return placed;
}
