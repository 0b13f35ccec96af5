import type { PlacesService } from '../services/places';
import type { HandlerMap } from './types';

export const placesHandlers = (places: PlacesService): HandlerMap<'place:search' | 'place:get'> => ({
  'place:search': (query) => places.search(query),
  'place:get': ({ id }) => places.get(id),
});
