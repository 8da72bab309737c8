import type { StaffUser } from '@solimob/db';

export interface StaffUserView {
  id: string;
  territoryId: string;
  email: string;
  displayName: string;
  role: StaffUser['role'];
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export const toStaffUserView = (u: StaffUser): StaffUserView => ({
  id: u.id,
  territoryId: u.territoryId,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  active: u.active,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
});
