import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../../shared/domain/geo';

const sibiu = { lat: 45.8, lon: 24.15 };
const bucuresti = { lat: 44.43225, lon: 26.10626 };
const paris = { lat: 48.85341, lon: 2.3488 };
const london = { lat: 51.50853, lon: -0.12574 };

describe('distanceKm', () => {
  it('measures known distances between European towns within a kilometre or two', () => {
    expect(distanceKm(paris, london)).toBeCloseTo(343.5, -1);
    expect(distanceKm(sibiu, bucuresti)).toBeGreaterThan(213);
    expect(distanceKm(sibiu, bucuresti)).toBeLessThan(218);
  });

  it('is zero for the same place and the same in both directions', () => {
    expect(distanceKm(sibiu, sibiu)).toBe(0);
    expect(distanceKm(sibiu, paris)).toBeCloseTo(distanceKm(paris, sibiu), 9);
  });

  it('stays finite across the date line and between antipodes', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.2, 0);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});
