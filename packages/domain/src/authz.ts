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
  | 'reports:read'
  | 'staff:manage';

const readAll: Permission[] = [
  'residents:read',
  'volunteers:read',
  'places:read',
  'ride_requests:read',
  'shuttles:read',
  'reports:read',
];

/**
 * What each staff role may do. Partners (social workers of partner organisations) book for residents
 * they know but do not manage volunteers; read-only accounts (elected officials, funders) see data
 * but change nothing.
 */
export const rolePermissions: Record<StaffRole, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    ...readAll,
    'residents:write',
    'volunteers:write',
    'places:write',
    'ride_requests:write',
    'shuttles:write',
    'staff:manage',
  ]),
  coordinator: new Set<Permission>([
    ...readAll,
    'residents:write',
    'volunteers:write',
    'places:write',
    'ride_requests:write',
    'shuttles:write',
  ]),
  partner: new Set<Permission>([
    'residents:read',
    'places:read',
    'ride_requests:read',
    'ride_requests:write',
    'shuttles:read',
  ]),
  read_only: new Set<Permission>(readAll),
};

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'staff') return false;
  return rolePermissions[actor.role].has(permission);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new ServiceError(
      'forbidden',
      `Role '${actor.kind === 'staff' ? actor.role : actor.kind}' may not ${permission}`,
    );
  }
}
