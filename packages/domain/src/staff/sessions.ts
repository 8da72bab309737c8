import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: shown to the client once; only its SHA-256 is stored. */
export const newSessionToken = () => randomBytes(32).toString('base64url');
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');
