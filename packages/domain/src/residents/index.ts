export { archiveResident } from './archive';
export type { ConsentView } from './consents';
export { consentChannelValues, listConsents, RecordConsentInput, recordConsent } from './consents';
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
export type { DataRequestView, ResidentExport } from './personal-data';
export {
  EraseResidentInput,
  eraseResident,
  exportResidentData,
  listDataRequests,
  residentExportCsv,
} from './personal-data';
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
