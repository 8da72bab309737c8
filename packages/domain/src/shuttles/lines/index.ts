export { createShuttleLine } from './create';
export { getShuttleLine, listShuttleLines } from './get';
export {
  CreateShuttleLineInput,
  ListShuttleLinesQuery,
  shuttleModeValues,
  UpdateShuttleLineInput,
  VehicleInput,
} from './schemas';
export { updateShuttleLine } from './update';
export type { ShuttleLineView } from './view';
