export type { AuditInput } from './audit';
export { recordAudit } from './audit';
export type { Permission } from './authz';
export { assertCan, can, rolePermissions } from './authz';
export type { Actor, Clock, ServiceContext } from './context';
export { actorId, systemClock, withTransaction } from './context';
export * from './conversation';
export type { FieldProblem, ServiceErrorCode } from './errors';
export { invalid, notFound, ServiceError } from './errors';
export type { NormalisedPhoneRow, Page } from './input';
export {
  likePattern,
  mobilityNeedValues,
  normalisePhoneList,
  PageQuery,
  pageWindow,
  parseInput,
  searchForm,
} from './input';
export * from './messages';
export type { EnqueueOptions } from './outbox';
export { enqueueJob, OUTBOX_NOTIFY_CHANNEL } from './outbox';
export type { NormalisedPhone, PhoneKind } from './phones';
export { InvalidPhoneError, maskPhone, normalisePhone } from './phones';
export * from './places';
export * from './residents';
export * from './ride-requests';
export * from './staff';
export * from './volunteers';
