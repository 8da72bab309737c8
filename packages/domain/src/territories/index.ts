export { findTerritoryByServiceNumber, findTerritoryOfMessage } from './find';
export type { TerritoryInfo } from './load';
export { loadTerritory } from './load';
export { getTerritoryProfile, type TerritoryProfile } from './profile';
export { resolveTerritorySettings, TerritorySettings } from './settings';
