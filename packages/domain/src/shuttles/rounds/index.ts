export { addRoundVehicle } from './add-vehicle';
export { cancelRound } from './cancel';
export { changeRound } from './change';
export { closeDueRounds } from './close-due';
export type { GenerateRoundsOptions, GenerateRoundsResult } from './generate';
export { generateAllRounds, generateRounds } from './generate';
export { getRound, listRounds } from './get';
export type { HolidayPolicy } from './holidays';
export { isPublicHoliday, serviceDateFor } from './holidays';
export { routeSheetLink } from './route-sheet-link';
export {
  AddRoundVehicleInput,
  CancelRoundInput,
  ChangeRoundInput,
  ListShuttleRoundsQuery,
  shuttleRoundStatusValues,
} from './schemas';
export type { ShuttleRoundView } from './view';
