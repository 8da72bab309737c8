export type { StaffSession } from './authenticate';
export { authenticateSession, authenticateSessionById, logout } from './authenticate';
export { CreateStaffUserInput, createStaffUser, listStaffUsers, staffRoleValues } from './create';
export type { AuthDeps } from './login';
export { LOGIN_FAILED, LoginInput, login } from './login';
export type { PasswordHasher } from './passwords';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from './passwords';
export { hashSessionToken, newSessionToken } from './sessions';
export type { StaffUserView } from './view';
