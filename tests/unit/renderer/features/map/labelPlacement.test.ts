import { describe, expect, it } from 'vitest';
import {
  placeLabels,
  segmentHitsBox,
  type Box,
  type Point,
} from '../../../../../renderer/features/map/labelPlacement';

const frame: Box = { x: 0, y: 0, width: 960, height: 720 };

const crosses = (box: Box, line: Point[]) =>
  line.some((q, i) => {
    const p = line[i - 1];
    return p !== undefined && segmentHitsBox(p, q, box);
  });

describe('town names on the map', () => {
  it('finds when a line crosses a box and when it passes by', () => {
    const box = { x: 10, y: 10, width: 20, height: 10 };
    expect(segmentHitsBox([0, 15], [40, 15], box)).toBe(true);
    expect(segmentHitsBox([0, 0], [40, 0], box)).toBe(false);
    expect(segmentHitsBox([15, 12], [16, 13], box)).toBe(true);
  });

  it('puts a name beside its point, on the side away from its own line', () => {
    const home: Point = [300, 400];
    const pecs: Point = [500, 400];
    const [label] = placeLabels(
      [{ key: 'pecs', at: pecs, text: 'Pécs', fontSize: 12, from: home }],
      [[home, pecs]],
      [home, pecs],
      frame,
    );
    expect(label?.anchor).toBe('start');
    expect(label!.box.x).toBeGreaterThan(pecs[0]);
    expect(crosses(label!.box, [home, pecs])).toBe(false);
  });

  it('keeps Klagenfurt am Wörthersee off the Pécs line that runs past it', () => {
    const home: Point = [700, 420];
    const klagenfurt: Point = [300, 380];
    const pecs: Point = [200, 400]; // its line from home runs just under Klagenfurt, to the left
    const lines: Point[][] = [
      [home, klagenfurt],
      [home, pecs],
    ];
    const placed = placeLabels(
      [
        { key: 'k', at: klagenfurt, text: 'Klagenfurt am Wörthersee', fontSize: 12, from: home },
        { key: 'p', at: pecs, text: 'Pécs', fontSize: 12, from: home },
      ],
      lines,
      [home, klagenfurt, pecs],
      frame,
    );
    for (const label of placed) for (const line of lines) expect(crosses(label.box, line)).toBe(false);
    const [a, b] = placed.map((l) => l.box);
    expect(
      a!.x + a!.width <= b!.x ||
        b!.x + b!.width <= a!.x ||
        a!.y + a!.height <= b!.y ||
        b!.y + b!.height <= a!.y,
    ).toBe(true);
  });

  it('keeps names inside the map near its edge', () => {
    const [label] = placeLabels(
      [{ key: 'e', at: [950, 360], text: 'Edgetown', fontSize: 12 }],
      [],
      [],
      frame,
    );
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(960);
    expect(label?.anchor).toBe('end');
  });
});
