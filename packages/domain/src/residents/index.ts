export { archiveResident } from './archive';
export { createResident } from './create';
export type { DriverPreferenceView } from './driver-preferences';
export {
  DriverPreferencesInput,
  driverPreferenceKindValues,
  getDriverPreferences,
  setDriverPreferences,
} from './driver-preferences';
export { getResident } from './get';
export { ListResidentsQuery, listResidents } from './list';
export {
  CreateResidentInput,
  contactChannelValues,
  personStatusValues,
  UpdateResidentInput,
} from './schemas';
export type { ResidentScope } from './scope';
export { assertResidentInScope, residentIdsInScope, residentInScope, residentScope } from './scope';
export { updateResident } from './update';
export type { ResidentView } from './view';
