export { assertCommunesInTerritory, listCommunes } from './communes';
export { createPlace } from './create';
export { getPlace, ListPlacesQuery, listPlaces } from './get';
export { CreatePlaceInput, placeKindValues, UpdatePlaceInput } from './schemas';
export { deactivatePlace, updatePlace } from './update';
export type { PlaceView } from './view';
