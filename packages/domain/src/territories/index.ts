export { findTerritoryByServiceNumber, findTerritoryOfMessage } from './find';
export type { TerritoryInfo } from './load';
export { loadTerritory } from './load';
export { resolveTerritorySettings, TerritorySettings } from './settings';
