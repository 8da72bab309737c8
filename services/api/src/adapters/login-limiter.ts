import type { Clock } from '@solimob/domain';

export interface LoginLimiterOptions {
  /** Failed attempts allowed per email and IP address within the window. */
  maxFailures: number;
  windowMs: number;
}

/**
 * Slows down password guessing: after `maxFailures` failed logins for the same email from the same IP
 * address, further attempts are refused until the window ends. Kept in memory on purpose (simple, no
 * schema): each API instance counts on its own, so N instances allow N times the budget, and a restart
 * resets it. A success clears the counter.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly options: LoginLimiterOptions = { maxFailures: 5, windowMs: 15 * 60_000 },
  ) {}

  private key(email: string, ip: string) {
    return `${email.trim().toLowerCase()}|${ip}`;
  }

  /** Seconds until the caller may try again, or 0 when allowed now. */
  retryAfterSeconds(email: string, ip: string): number {
    const entry = this.failures.get(this.key(email, ip));
    if (!entry) return 0;
    const elapsed = this.clock.now().getTime() - entry.windowStart;
    if (elapsed >= this.options.windowMs) {
      this.failures.delete(this.key(email, ip));
      return 0;
    }
    return entry.count >= this.options.maxFailures ? Math.ceil((this.options.windowMs - elapsed) / 1000) : 0;
  }

  recordFailure(email: string, ip: string): void {
    const now = this.clock.now().getTime();
    const key = this.key(email, ip);
    const entry = this.failures.get(key);
    if (!entry || now - entry.windowStart >= this.options.windowMs) {
      this.failures.set(key, { count: 1, windowStart: now });
    } else {
      entry.count += 1;
    }
    if (this.failures.size > 10_000) this.prune(now);
  }

  recordSuccess(email: string, ip: string): void {
    this.failures.delete(this.key(email, ip));
  }

  private prune(now: number) {
    for (const [key, entry] of this.failures) {
      if (now - entry.windowStart >= this.options.windowMs) this.failures.delete(key);
    }
  }
}
