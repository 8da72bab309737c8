export type { AuditInput } from './audit';
export { recordAudit } from './audit';
export type { Permission } from './authz';
export {
  assertCan,
  assertDrivesFor,
  can,
  residentPermissions,
  rolePermissions,
  volunteerPermissions,
} from './authz';
export type { Actor, BookingChannel, Clock, ServiceContext } from './context';
export { actorId, bookingChannelOf, isSelfService, systemClock, withTransaction } from './context';
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
  withDefaults,
} from './input';
export type { LinkIssuer, LinkKind, LinkSubject } from './links';
export { createLinkIssuer, LINK_PATHS, signLinkToken, verifyLinkToken } from './links';
export * from './matching';
export * from './messages';
export * from './missions';
export * from './offers';
export * from './opt-outs';
export type { EnqueueOptions } from './outbox';
export { enqueueJob, OUTBOX_NOTIFY_CHANNEL } from './outbox';
export type { NormalisedPhone, PhoneKind } from './phones';
export { InvalidPhoneError, maskPhone, normalisePhone } from './phones';
export * from './places';
export * from './privacy';
export * from './reports';
export * from './residents';
export * from './ride-requests';
export * from './shuttles';
export * from './simulations';
export * from './staff';
export * from './statements';
export * from './tasks';
export * from './territories';
export * from './time';
export * from './volunteers';
export * from './webhook-receipts';
