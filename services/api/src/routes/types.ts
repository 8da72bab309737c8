import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { DbHandle } from '@solimob/db';
import type { Clock, PasswordHasher } from '@solimob/domain';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { LoginLimiter } from '../adapters/login-limiter';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A readiness probe needs only this much of an ioredis client. */
export interface RedisProbe {
  readonly status: string;
  connect(): Promise<unknown>;
  ping(): Promise<unknown>;
}

export interface RouteDeps {
  db: DbHandle;
  redis: RedisProbe;
  clock: Clock;
  passwords: PasswordHasher;
  loginLimiter: LoginLimiter;
  sessionTtlHours: number;
  readinessTimeoutMs: number;
}

export const bearer = [{ bearerAuth: [] }];
