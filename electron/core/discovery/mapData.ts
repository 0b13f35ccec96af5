import { MAP_MAX_LINKS, type MapData, type MapLink, type MapTown } from '../../../shared/domain/mapData';
import { partnershipTitle } from '../../../shared/domain/partnership';
import { AppFailure } from '../../../shared/ipc/errors';
import type { ServiceContext } from '../context';
import { committeeOf } from '../store/views';

/** What the map draws: the home town and each link's partner towns with coordinates. */
export function mapDataService(ctx: ServiceContext) {
  return {
    get({ partnershipId }: { partnershipId?: string | undefined }): MapData {
      const data = ctx.store().data;
      const { partnerships } = data;
      const committee = committeeOf(data);
      const m = committee.municipality;
      const home: MapTown | null = m?.coordinates
        ? { name: m.name, country: m.country, coordinates: m.coordinates }
        : null;
      const chosen =
        partnershipId === undefined ? partnerships : partnerships.filter((p) => p.id === partnershipId);
      if (partnershipId !== undefined && chosen.length === 0)
        throw new AppFailure('NOT_FOUND', `No partnership with id ${partnershipId}`);
      // ISO timestamps sort as text: the most recently changed links first.
      const drawn =
        chosen.length > MAP_MAX_LINKS
          ? [...chosen].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, MAP_MAX_LINKS)
          : chosen;
      let unplaced = 0;
      const links: MapLink[] = drawn.map((p) => {
        const towns: MapTown[] = [];
        for (const t of p.partners) {
          if (t.place.coordinates)
            towns.push({ name: t.place.name, country: t.place.country, coordinates: t.place.coordinates });
          else unplaced++;
        }
        return { partnershipId: p.id, title: partnershipTitle(p), status: p.status, kind: p.kind, towns };
      });
      return { home, links, unplaced, total: chosen.length };
    },
  };
}
export type MapDataService = ReturnType<typeof mapDataService>;
