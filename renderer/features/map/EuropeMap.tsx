import { geoConicConformal, geoInterpolate, geoPath } from 'd3-geo';
import type { LineString, MultiPoint } from 'geojson';
import { useMemo } from 'react';
import type { MapData } from '../../../shared/domain/mapData';
import { statusHex } from '../../i18n/statuses';
import type { Atlas } from './atlas';
import { placeLabels, type LabelRequest, type Point } from './labelPlacement';

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
/** Points along each great-circle arc that names must keep clear of. */
const ARC_SAMPLES = 24;

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
  /** Where a partner town leads: the partnership's page. */
  hrefFor(link: MapData['links'][number]): string;
}

type Projected = {
  link: MapData['links'][number];
  town: MapData['links'][number]['towns'][number];
  i: number;
  at: Point | null;
  arc: Point[];
};

/**
 * Europe in a Lambert conformal conic projection (the one the EU's own small-scale maps use),
 * drawn as SVG: countries, borders, the home town, partner towns and a great-circle arc
 * for each link, coloured by the link's status (the badges' colours). Each partner town is a
 * link to its partnership, reached by Tab and announced with its status; names are set beside
 * their points on the side that crosses the fewest lines. Presentational: data in, SVG out.
 */
export function EuropeMap({
  atlas,
  data,
  width,
  height,
  title,
  describeLink,
  homeLabel,
  hrefFor,
}: EuropeMapProps) {
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

  const towns: Projected[] = useMemo(
    () =>
      data.links.flatMap((link) =>
        link.towns.map((town, i) => {
          const at = projection([town.coordinates.lon, town.coordinates.lat]);
          const arc: Point[] = [];
          if (data.home) {
            const between = geoInterpolate(
              [data.home.coordinates.lon, data.home.coordinates.lat],
              [town.coordinates.lon, town.coordinates.lat],
            );
            for (let k = 0; k <= ARC_SAMPLES; k++) {
              const p = projection(between(k / ARC_SAMPLES));
              if (p) arc.push(p);
            }
          }
          return { link, town, i, at: at && Number.isFinite(at[0]) ? at : null, arc };
        }),
      ),
    [data, projection],
  );

  const labels = useMemo(() => {
    if (!labelled) return new Map<string, ReturnType<typeof placeLabels>[number]>();
    const requests: LabelRequest[] = [];
    if (home && data.home) requests.push({ key: 'home', at: home, text: data.home.name, fontSize: 13 });
    for (const t of towns)
      if (t.at)
        requests.push({
          key: `${t.link.partnershipId}-${t.i}`,
          at: t.at,
          text: t.town.name,
          fontSize: 12,
          from: home ?? undefined,
        });
    const points = towns.flatMap((t) => (t.at ? [t.at] : []));
    if (home) points.push(home);
    const placed = placeLabels(
      requests,
      towns.map((t) => t.arc),
      points,
      { x: 0, y: 0, width, height },
    );
    return new Map(placed.map((p) => [p.key, p]));
  }, [labelled, home, data.home, towns, width, height]);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="group"
      aria-label={title}
      style={{ background: '#d6e9f8', display: 'block' }}
    >
      <style>{`
        a.map-town:focus { outline: none; }
        a.map-town:focus-visible .map-ring, a.map-town:hover .map-ring { stroke: #212529; stroke-width: 2.5; }
        a.map-town { cursor: pointer; }
      `}</style>
      <g aria-hidden>
        <g fill="#f8f9fa" stroke="none">
          {countryPaths.map((c) => (
            <path key={c.key} d={c.d} />
          ))}
        </g>
        <path d={borders} fill="none" stroke="#adb5bd" strokeWidth={0.5} />
        {towns.map(({ link, town, i }) =>
          data.home ? (
            <path
              key={`${link.partnershipId}-${i}`}
              d={
                path({
                  type: 'LineString',
                  coordinates: [
                    [data.home.coordinates.lon, data.home.coordinates.lat],
                    [town.coordinates.lon, town.coordinates.lat],
                  ],
                } satisfies LineString) ?? ''
              }
              fill="none"
              stroke={statusHex(link.status)}
              strokeWidth={1.6}
              strokeOpacity={0.85}
              data-kind="link"
              data-status={link.status}
            />
          ) : null,
        )}
      </g>
      {towns.map(({ link, town, i, at }) => {
        if (!at) return null;
        const key = `${link.partnershipId}-${i}`;
        const label = describeLink(link, town.name);
        const placed = labels.get(key);
        return (
          <a
            key={key}
            href={hrefFor(link)}
            className="map-town"
            aria-label={label}
            data-status={link.status}
            data-partnership={link.partnershipId}
          >
            <title>{label}</title>
            {/* A target a finger or a shaky hand can hit; the visible point stays small. */}
            <circle cx={at[0]} cy={at[1]} r={11} fill="transparent" />
            <circle
              className="map-ring"
              cx={at[0]}
              cy={at[1]}
              r={5}
              fill={statusHex(link.status)}
              stroke="#fff"
              strokeWidth={1}
              data-kind="partner"
            />
            {placed && (
              <text
                x={placed.x}
                y={placed.y}
                textAnchor={placed.anchor}
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
          </a>
        );
      })}
      {home && (
        <g data-kind="home" role="img" aria-label={homeLabel}>
          <title>{homeLabel}</title>
          <rect
            x={home[0] - 6}
            y={home[1] - 6}
            width={12}
            height={12}
            transform={`rotate(45 ${home[0]} ${home[1]})`}
            fill={HOME_COLOR}
            stroke="#fff"
            strokeWidth={2}
          />
          {labels.get('home') && data.home && (
            <text
              x={labels.get('home')?.x}
              y={labels.get('home')?.y}
              textAnchor={labels.get('home')?.anchor}
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
