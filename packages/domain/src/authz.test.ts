import { describe, expect, it } from 'vitest';
import { assertCan, assertDrivesFor, can } from './authz';
import type { Actor } from './context';

const staff = (role: 'admin' | 'coordinator' | 'partner' | 'read_only'): Actor => ({
  kind: 'staff',
  staffUserId: '00000000-0000-4000-8000-000000000001',
  territoryId: '00000000-0000-4000-8000-000000000002',
  role,
});

describe('role permissions', () => {
  it('lets coordinators manage volunteers but not staff accounts', () => {
    expect(can(staff('coordinator'), 'volunteers:write')).toBe(true);
    expect(can(staff('coordinator'), 'staff:manage')).toBe(false);
    expect(can(staff('admin'), 'staff:manage')).toBe(true);
  });

  it('lets partners book rides without managing volunteers', () => {
    expect(can(staff('partner'), 'ride_requests:write')).toBe(true);
    expect(can(staff('partner'), 'volunteers:read')).toBe(false);
  });

  it('keeps read-only accounts from writing anything', () => {
    for (const p of ['residents:write', 'volunteers:write', 'places:write', 'ride_requests:write'] as const) {
      expect(can(staff('read_only'), p)).toBe(false);
    }
    expect(() => assertCan(staff('read_only'), 'residents:write')).toThrow(/may not residents:write/);
  });

  it('shows conversations (SMS and call bodies) to admins and coordinators only', () => {
    expect(can(staff('admin'), 'messages:read')).toBe(true);
    expect(can(staff('coordinator'), 'messages:read')).toBe(true);
    expect(can(staff('partner'), 'messages:read')).toBe(false);
    expect(can(staff('read_only'), 'messages:read')).toBe(false);
  });

  it('gives residents and volunteers no back-office permission', () => {
    const resident: Actor = { kind: 'resident', residentId: 'r', territoryId: 't' };
    expect(can(resident, 'residents:read')).toBe(false);
  });

  it('lets volunteers answer and close their own missions only, and nothing of the back office', () => {
    const volunteer: Actor = { kind: 'volunteer', volunteerDriverId: 'v1', territoryId: 't' };
    expect(can(volunteer, 'missions:drive')).toBe(true);
    for (const p of ['missions:manage', 'ride_requests:read', 'volunteers:read', 'residents:read'] as const) {
      expect(can(volunteer, p)).toBe(false);
    }
    expect(() => assertDrivesFor(volunteer, 'v1')).not.toThrow();
    expect(() => assertDrivesFor(volunteer, 'v2')).toThrow(/their own offers/);
    expect(can(staff('partner'), 'missions:manage')).toBe(false);
    expect(can(staff('coordinator'), 'missions:manage')).toBe(true);
  });
});
