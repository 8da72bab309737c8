export type { CreateStaffTaskInput } from './create';
export { openStaffTask } from './create';
export { listStaffTasks } from './list';
export { resolveStaffTask } from './resolve';
export {
  ListStaffTasksQuery,
  ResolveStaffTaskInput,
  staffTaskKindValues,
  staffTaskStatusValues,
} from './schemas';
export type { StaffTaskView } from './view';
