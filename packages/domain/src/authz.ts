import type { StaffRole } from '@solimob/db';
import type { Actor } from './context';
import { ServiceError } from './errors';

export type Permission =
  | 'residents:read'
  | 'residents:write'
  | 'volunteers:read'
  | 'volunteers:write'
  | 'places:read'
  | 'places:write'
  | 'ride_requests:read'
  | 'ride_requests:write'
  | 'shuttles:read'
  | 'shuttles:write'
  /**
   * A round's plan and planning board: every passenger's name and pick-up, across communes, so not for
   * partners (who see only their own residents' bookings).
   */
  | 'shuttles:plan'
  /** Book or cancel a seat on a shuttle round for a resident (partners do it for those they follow). */
  | 'shuttles:book'
  | 'reports:read'
  | 'tasks:read'
  | 'tasks:write'
  /** SMS and call bodies: private conversations, not implied by reading people. */
  | 'messages:read'
  | 'staff:manage'
  /** A resident's data on request (GDPR): export it all, erase it; each request is recorded. */
  | 'residents:personal_data'
  /** The BullMQ dashboard: see, retry and remove background jobs (admins only). */
  | 'queues:manage'
  /** Assign a driver by hand, record a no-show or close a mission on a volunteer's behalf. */
  | 'missions:manage'
  /** A volunteer's own offers and missions: answer, give back, close (see volunteerPermissions). */
  | 'missions:drive'
  /** Run what-if simulations (a throwaway copy of the territory; results for decision makers). */
  | 'simulations:run';

const readAll: Permission[] = [
  'residents:read',
  'volunteers:read',
  'places:read',
  'ride_requests:read',
  'shuttles:read',
  'shuttles:plan',
  'reports:read',
];

/**
 * What each staff role may do. Partners (a commune's social service) book for the residents of their
 * communes only (see residentScope) and do not manage volunteers; read-only accounts (elected officials, funders) see data
 * but change nothing.
 */
export const rolePermissions: Record<StaffRole, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    ...readAll,
    'missions:manage',
    'residents:write',
    'volunteers:write',
    'places:write',
    'ride_requests:write',
    'shuttles:write',
    'shuttles:book',
    'tasks:read',
    'tasks:write',
    'messages:read',
    'staff:manage',
    'residents:personal_data',
    'queues:manage',
    'simulations:run',
  ]),
  coordinator: new Set<Permission>([
    ...readAll,
    'missions:manage',
    'residents:write',
    'volunteers:write',
    'places:write',
    'ride_requests:write',
    'shuttles:write',
    'shuttles:book',
    'tasks:read',
    'tasks:write',
    'messages:read',
    'residents:personal_data',
    'simulations:run',
  ]),
  partner: new Set<Permission>([
    'residents:read',
    'places:read',
    'ride_requests:read',
    'ride_requests:write',
    'shuttles:read',
    'shuttles:book',
  ]),
  read_only: new Set<Permission>(readAll),
};

/**
 * What a resident may do for themselves through the SMS or voice channel. Verbs that grant these also
 * call `assertResidentInScope` (residents/scope), so a resident only ever touches their own records.
 */
export const residentPermissions: ReadonlySet<Permission> = new Set<Permission>([
  'ride_requests:read',
  'ride_requests:write',
  'shuttles:book',
]);

/**
 * What a volunteer may do through the SMS channel or their signed link: answer their offers, give back
 * or close their missions, read their own page and statement. Verbs that grant it also call
 * `assertDrivesFor`, so a volunteer only ever touches their own offers and missions.
 */
export const volunteerPermissions: ReadonlySet<Permission> = new Set<Permission>(['missions:drive']);

export function can(actor: Actor, permission: Permission): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'staff':
      return rolePermissions[actor.role].has(permission);
    case 'resident':
      return residentPermissions.has(permission);
    case 'volunteer':
      return volunteerPermissions.has(permission);
  }
}

/** A volunteer acting for themselves may only touch their own offers, missions and statements. */
export function assertDrivesFor(actor: Actor, volunteerDriverId: string): void {
  if (actor.kind === 'volunteer' && actor.volunteerDriverId !== volunteerDriverId) {
    throw new ServiceError('forbidden', 'A volunteer may only act on their own offers and missions');
  }
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new ServiceError(
      'forbidden',
      `Role '${actor.kind === 'staff' ? actor.role : actor.kind}' may not ${permission}`,
    );
  }
}
