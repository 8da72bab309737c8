import { createHmac, timingSafeEqual } from 'node:crypto';
import { ServiceError } from './errors';

/**
 * Expiring links sent by SMS (a volunteer's page, a driver's route sheet): no login, so the link itself
 * is the credential. A token is 37 bytes, base64url (50 characters), short enough for an SMS:
 * kind (1 byte) + subject uuid (16) + expiry in minutes since the epoch (4) + HMAC-SHA256 truncated to
 * 128 bits (16). It carries ids only, never a name or a phone number.
 */
export type LinkKind = 'volunteer' | 'shuttle-round';

export interface LinkSubject {
  kind: LinkKind;
  /** The volunteer's id, or the shuttle round's id. */
  id: string;
}

const KIND_CODES: Record<LinkKind, number> = { volunteer: 1, 'shuttle-round': 2 };
const KINDS_BY_CODE = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as LinkKind]));
/** The page path of each kind in the web app: `<PUBLIC_BASE_URL><path><token>`. */
export const LINK_PATHS: Record<LinkKind, string> = { volunteer: '/b/', 'shuttle-round': '/f/' };

const PAYLOAD_BYTES = 21;
const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const mac = (secret: string, payload: Buffer) =>
  createHmac('sha256', secret).update(payload).digest().subarray(0, MAC_BYTES);

export function signLinkToken(secret: string, subject: LinkSubject, expiresAt: Date): string {
  if (!UUID.test(subject.id)) throw new Error(`link subject id must be a uuid: ${subject.id}`);
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(KIND_CODES[subject.kind], 0);
  Buffer.from(subject.id.replaceAll('-', ''), 'hex').copy(payload, 1);
  payload.writeUInt32BE(Math.ceil(expiresAt.getTime() / 60_000), 17);
  return Buffer.concat([payload, mac(secret, payload)]).toString('base64url');
}

const invalidLink = () =>
  new ServiceError('unauthenticated', 'Invalid link', {
    residentMessage: "Ce lien n'est pas valide. Appelez le CIAS si besoin.",
  });

/** Checks a token's signature and expiry; returns its subject or throws `unauthenticated`. */
export function verifyLinkToken(secret: string, token: string, now: Date): LinkSubject & { expiresAt: Date } {
  if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) throw invalidLink();
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== PAYLOAD_BYTES + MAC_BYTES) throw invalidLink();
  const payload = bytes.subarray(0, PAYLOAD_BYTES);
  if (!timingSafeEqual(bytes.subarray(PAYLOAD_BYTES), mac(secret, payload))) throw invalidLink();
  const kind = KINDS_BY_CODE.get(payload.readUInt8(0));
  if (!kind) throw invalidLink();
  const hex = payload.subarray(1, 17).toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expiresAt = new Date(payload.readUInt32BE(17) * 60_000);
  if (expiresAt.getTime() <= now.getTime()) {
    throw new ServiceError('unauthenticated', 'Link expired', {
      residentMessage: 'Ce lien a expiré. Appelez le CIAS pour en recevoir un nouveau.',
    });
  }
  return { kind, id, expiresAt };
}

/** Builds the full URLs put in SMS. Injected where messages are composed (API and worker share it). */
export interface LinkIssuer {
  url(subject: LinkSubject, expiresAt: Date): string;
}

export function createLinkIssuer(config: { secret: string; publicBaseUrl: string }): LinkIssuer {
  const base = config.publicBaseUrl.replace(/\/+$/, '');
  return {
    url: (subject, expiresAt) =>
      `${base}${LINK_PATHS[subject.kind]}${signLinkToken(config.secret, subject, expiresAt)}`,
  };
}
