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
const EUROPE: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-25, 35],
    [45, 35],
    [-12, 71],
    [40, 71],
    [10, 34],
  ],
};

/** Home town's colour: dark, so it is never taken for a link's status. */
export const HOME_COLOR = '#212529';
/** Up to this many partner towns carry their names on the map; beyond, names stay in the tooltips. */
const MAX_LABELS = 40;

/**
 * The area to show: the towns with room around them (so a link between two neighbours still
 * shows the countries around), or all of Europe when there is nothing to draw.
 */
function extentOf(data: MapData): MultiPoint {
  const points: [number, number][] = data.links.flatMap((l) =>
    l.towns.map((t) => [t.coordinates.lon, t.coordinates.lat] as [number, number]),
  );
  if (data.home) points.push([data.home.coordinates.lon, data.home.coordinates.lat]);
  if (points.length === 0) return EUROPE;
  const clampLat = (lat: number) => Math.max(-80, Math.min(80, lat));
  return {
    type: 'MultiPoint',
    coordinates: points.flatMap(([lon, lat]) => [
      [lon - 7, clampLat(lat - 4)],
      [lon + 7, clampLat(lat + 4)],
    ]),
  };
}

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
    () =>
      geoConicConformal()
        .parallels([43, 62])
        .rotate([-10, 0])
        .fitExtent(
          [
            [8, 8],
            [width - 8, height - 8],
          ],
          extentOf(data),
        )
        .clipExtent([
          [0, 0],
          [width, height],
        ]),
    [width, height, data],
  );
  const labelled = data.links.reduce((n, l) => n + l.towns.length, 0) <= MAX_LABELS;
  const path = useMemo(() => geoPath(projection), [projection]);
  const countryPaths = useMemo(
    () =>
      atlas.countries.features
        .map((f, i) => ({ key: `${f.id ?? i}`, d: path(f) ?? '' }))
        .filter((c) => c.d !== ''),
    [atlas, path],
  );
  const borders = useMemo(() => path(atlas.borders) ?? '', [atlas, path]);
  const home = data.home ? projection([data.home.coordinates.lon, data.home.coordinates.lat]) : null;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      style={{ background: '#d6e9f8', display: 'block' }}
    >
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
            ? {
                type: 'LineString',
                coordinates: [
                  [data.home.coordinates.lon, data.home.coordinates.lat],
                  [town.coordinates.lon, town.coordinates.lat],
                ],
              }
            : null;
          const color = STATUS_COLORS[link.status];
          const label = describeLink(link, town.name);
          return (
            <g
              key={`${link.partnershipId}-${i}`}
              data-status={link.status}
              data-partnership={link.partnershipId}
            >
              {arc && (
                <path
                  d={path(arc) ?? ''}
                  fill="none"
                  stroke={color}
                  strokeWidth={1.6}
                  strokeOpacity={0.85}
                  data-kind="link"
                />
              )}
              {Number.isFinite(x) && (
                <circle
                  cx={x}
                  cy={y}
                  r={4}
                  fill={color}
                  stroke="#fff"
                  strokeWidth={1}
                  role="img"
                  aria-label={label}
                  data-kind="partner"
                >
                  <title>{label}</title>
                </circle>
              )}
              {Number.isFinite(x) && labelled && (
                <text
                  x={x + 7}
                  y={y + 4}
                  fontSize={12}
                  fill="#343a40"
                  stroke="#fff"
                  strokeWidth={3}
                  paintOrder="stroke"
                  aria-hidden
                >
                  {town.name}
                </text>
              )}
            </g>
          );
        }),
      )}
      {home && (
        <g data-kind="home">
          <rect
            x={home[0] - 6}
            y={home[1] - 6}
            width={12}
            height={12}
            transform={`rotate(45 ${home[0]} ${home[1]})`}
            fill={HOME_COLOR}
            stroke="#fff"
            strokeWidth={2}
            role="img"
            aria-label={homeLabel}
          >
            <title>{homeLabel}</title>
          </rect>
          {labelled && data.home && (
            <text
              x={home[0] + 10}
              y={home[1] - 8}
              fontSize={13}
              fontWeight={700}
              fill={HOME_COLOR}
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
              aria-hidden
            >
              {data.home.name}
            </text>
          )}
        </g>
      )}
    </svg>
  );
}
