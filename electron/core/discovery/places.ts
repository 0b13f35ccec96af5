import type { Place, PlaceMatch } from '../../../shared/domain/place';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Gazetteer, LazyGazetteer } from '../data/places/gazetteer';

/** Gazetteer look-ups; the data loads on first use, off the path of start-up. */
export function placesService(gazetteer: LazyGazetteer) {
  return {
    async search({ query, country, limit }: ParsedInput<'place:search'>): Promise<PlaceMatch[]> {
      return (await gazetteer.get()).search({ query, country, limit });
    },

    async get(id: string): Promise<Place> {
      const place = (await gazetteer.get()).get(id);
      if (!place) throw new AppFailure('NOT_FOUND', `No gazetteer place with id ${id}`);
      return place;
    },

    /** The loaded gazetteer itself, for services that rank or match places in bulk. */
    gazetteer: (): Promise<Gazetteer> => gazetteer.get(),
  };
}
export type PlacesService = ReturnType<typeof placesService>;
