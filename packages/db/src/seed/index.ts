export type { DemoSeedOptions, DemoSeedResult } from './demo';
export { seedDemo } from './demo';
export type { DemoStaffLogin } from './demo-vocabulary';
export {
  DEMO_CONTACT_PHONE,
  DEMO_MARKER_EMAIL,
  DEMO_SERVICE_NUMBER,
  DEMO_STAFF_LOGINS,
  FICTION_LANDLINE_BLOCK,
  FICTION_MOBILE_BLOCK,
} from './demo-vocabulary';
export type { TerritorySeedResult } from './territory';
export { isDatabaseMigrated, seedTerritory } from './territory';
export type {
  CommuneSeed,
  PlaceSeed,
  ShuttleLineSeed,
  ShuttleStopSeed,
  TerritorySeed,
} from './territory-file';
export {
  loadTerritorySeedFile,
  parseTerritorySeed,
  questembertSeedPath,
  TerritorySeedError,
} from './territory-file';
