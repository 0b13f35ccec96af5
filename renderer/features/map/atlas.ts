import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Atlas {
  countries: FeatureCollection<Geometry, { name: string }>;
  /** Borders between countries, drawn once each. */
  borders: Feature<Geometry> | ReturnType<typeof mesh>;
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

function isWorldTopology(value: unknown): value is WorldTopology {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; objects?: { countries?: unknown } };
  return candidate.type === 'Topology' && typeof candidate.objects?.countries === 'object';
}

let loading: Promise<Atlas> | null = null;

/**
 * Natural Earth 1:50m (world-atlas; it has the microstates) is 750 kB, so it is loaded
 * only when a map is shown: Vite puts the JSON in its own chunk, served from the app
 * itself, so no network and nothing beyond script-src 'self' is needed.
 */
export function loadAtlas(): Promise<Atlas> {
  loading ??= import('world-atlas/countries-50m.json')
    .then((module) => {
      const topology: unknown = module.default;
      if (!isWorldTopology(topology))
        throw new Error('The bundled map of Europe is not a TopoJSON topology.');
      const countries = feature(topology, topology.objects.countries) as FeatureCollection<
        Geometry,
        { name: string }
      >;
      const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
      return { countries, borders };
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
