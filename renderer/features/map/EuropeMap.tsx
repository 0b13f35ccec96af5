import { geoConicConformal, geoPath } from 'd3-geo';
import type { LineString, MultiPoint } from 'geojson';
import { useMemo } from 'react';
import type { MapData } from '../../../shared/domain/mapData';
import type { PartnershipStatus } from '../../../shared/domain/partnership';
import type { Atlas } from './atlas';

export const STATUS_COLORS: Record<PartnershipStatus, string> = {
  prospect: '#868e96',
  exploring: '#1c7ed6',
  negotiating: '#f08c00',
  active: '#2f9e44',
  dormant: '#9c36b5',
  ended: '#e03131',
};

/** From the Azores to the Caspian, Cyprus to the North Cape. */
const EUROPE: MultiPoint = { type: 'MultiPoint', coordinates: [[-25, 35], [45, 35], [-12, 71], [40, 71], [10, 34]] };

export interface EuropeMapProps {
  atlas: Atlas;
  data: MapData;
  width: number;
  height: number;
  title: string;
  /** Accessible names for points and lines, in the UI language. */
  describeLink(link: MapData['links'][number], town: string): string;
  homeLabel: string;
}

/**
 * Europe in a Lambert conformal conic projection (the one the EU's own small-scale maps use),
 * drawn as SVG: countries, borders, the home town, partner towns and a great-circle arc
 * for each link, coloured by the link's status. Presentational: data in, SVG out.
 */
export function EuropeMap({ atlas, data, width, height, title, describeLink, homeLabel }: EuropeMapProps) {
  const projection = useMemo(
    () => geoConicConformal().parallels([43, 62]).rotate([-10, 0]).fitExtent([[8, 8], [width - 8, height - 8]], EUROPE).clipExtent([[0, 0], [width, height]]),
    [width, height],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  const countryPaths = useMemo(
    () => atlas.countries.features.map((f, i) => ({ key: `${f.id ?? i}`, d: path(f) ?? '' })).filter((c) => c.d !== ''),
    [atlas, path],
  );
  const borders = useMemo(() => path(atlas.borders) ?? '', [atlas, path]);
  const home = data.home ? projection([data.home.coordinates.lon, data.home.coordinates.lat]) : null;

  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} style={{ background: '#e7f5ff', display: 'block' }}>
      <title>{title}</title>
      <g fill="#f8f9fa" stroke="none">
        {countryPaths.map((c) => (
          <path key={c.key} d={c.d} />
        ))}
      </g>
      <path d={borders} fill="none" stroke="#adb5bd" strokeWidth={0.5} />
      {data.links.map((link) =>
        link.towns.map((town, i) => {
          const [x, y] = projection([town.coordinates.lon, town.coordinates.lat]) ?? [Number.NaN, Number.NaN];
          const arc: LineString | null = data.home
            ? { type: 'LineString', coordinates: [[data.home.coordinates.lon, data.home.coordinates.lat], [town.coordinates.lon, town.coordinates.lat]] }
            : null;
          const color = STATUS_COLORS[link.status];
          const label = describeLink(link, town.name);
          return (
            <g key={`${link.partnershipId}-${i}`} data-status={link.status} data-partnership={link.partnershipId}>
              {arc && <path d={path(arc) ?? ''} fill="none" stroke={color} strokeWidth={1.6} strokeOpacity={0.85} data-kind="link" />}
              {Number.isFinite(x) && (
                <circle cx={x} cy={y} r={4} fill={color} stroke="#fff" strokeWidth={1} role="img" aria-label={label} data-kind="partner">
                  <title>{label}</title>
                </circle>
              )}
            </g>
          );
        }),
      )}
      {home && (
        <g data-kind="home">
          <circle cx={home[0]} cy={home[1]} r={6} fill="#1971c2" stroke="#fff" strokeWidth={2} role="img" aria-label={homeLabel}>
            <title>{homeLabel}</title>
          </circle>
        </g>
      )}
    </svg>
  );
}
