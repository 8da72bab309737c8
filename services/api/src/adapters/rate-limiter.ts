import { createHash } from 'node:crypto';
import type { Clock } from '@solimob/domain';
import type { Redis } from 'ioredis';

export interface RateLimit {
  /** Counted events allowed per key within the window. */
  limit: number;
  windowMs: number;
}

export interface RateVerdict {
  allowed: boolean;
  /** Seconds until the window ends, when not allowed. */
  retryAfterSeconds: number;
}

/**
 * A fixed window per key: HINCRBY the count, restart the window when the clock says it has ended. The
 * window start comes from our clock (not Redis' TTL), so tests can move time; the TTL only collects
 * garbage.
 */
const HIT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local start = tonumber(redis.call('HGET', KEYS[1], 's') or '-1')
if start < 0 or now - start >= window then
  redis.call('HSET', KEYS[1], 's', now, 'c', 0)
  start = now
end
local count = redis.call('HINCRBY', KEYS[1], 'c', tonumber(ARGV[3]))
redis.call('PEXPIRE', KEYS[1], window)
return {count, start}
`;

/**
 * Counts events per key in Redis, so every API instance shares one budget (a limit kept in one
 * process's memory would multiply with the instances and reset on restart). Keys are hashed: no email or
 * address is stored in clear. If Redis cannot be reached the limiter lets requests through and says so
 * in the log: staff must still be able to log in during a Redis outage.
 */
export class RedisRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly name: string,
    private readonly limits: RateLimit,
    private readonly options: { prefix: string; onError: (error: unknown) => void },
  ) {}

  private key(parts: string[]) {
    const digest = createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22);
    return `${this.options.prefix}:${this.name}:${digest}`;
  }

  /** The key's count after adding `increment`, and its window start; undefined when Redis failed. */
  private async count(parts: string[], increment: number) {
    try {
      const [count, start] = (await this.redis.eval(
        HIT,
        1,
        this.key(parts),
        this.clock.now().getTime(),
        this.limits.windowMs,
        increment,
      )) as [number, number];
      return { count, start };
    } catch (error) {
      this.options.onError(error);
      return undefined;
    }
  }

  private verdict(state: { count: number; start: number } | undefined, budget: number): RateVerdict {
    if (!state || state.count <= budget) return { allowed: true, retryAfterSeconds: 0 };
    const endsIn = state.start + this.limits.windowMs - this.clock.now().getTime();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(endsIn / 1000)) };
  }

  /** Counts one event; not allowed once the key has used its budget in the window. */
  async hit(...parts: string[]): Promise<RateVerdict> {
    return this.verdict(await this.count(parts, 1), this.limits.limit);
  }

  /** Whether one more event would still be within budget, without counting it. */
  async check(...parts: string[]): Promise<RateVerdict> {
    return this.verdict(await this.count(parts, 0), this.limits.limit - 1);
  }

  async reset(...parts: string[]): Promise<void> {
    try {
      await this.redis.del(this.key(parts));
    } catch (error) {
      this.options.onError(error);
    }
  }
}
