import type { PlacesService } from './places';
import type { HandlerMap } from '../handlerTypes';

export const placesHandlers = (places: PlacesService): HandlerMap<'place:search' | 'place:get'> => ({
  'place:search': (query) => places.search(query),
  'place:get': ({ id }) => places.get(id),
});
