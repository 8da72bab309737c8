import { RoutingError } from './errors';

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortedError(signal?: AbortSignal): RoutingError {
  return new RoutingError('aborted', 'routing request aborted by the caller', { cause: signal?.reason });
}

export interface RetryPolicy {
  /** Extra attempts after the first one. */
  retries: number;
  /** Delay before retry k (0-based) is baseDelayMs × 2^k, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Runs `attempt` again while it throws a retryable `RoutingError` (5xx, network, timeout, 429).
 * Anything else (4xx, unroutable, abort) is thrown at once: repeating it would give the same answer.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: (attemptNumber: number) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  for (let k = 0; ; k++) {
    try {
      return await attempt(k);
    } catch (err) {
      const retryable = err instanceof RoutingError && err.retryable;
      if (!retryable || k >= policy.retries || signal?.aborted) throw err;
      await sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** k), signal);
    }
  }
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight. The first rejection aborts the shared
 * signal (so queued items are not started and running ones can stop) and is rethrown.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number, signal: AbortSignal) => Promise<R>,
  parentSignal?: AbortSignal,
): Promise<R[]> {
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parentSignal?.reason);
  if (parentSignal?.aborted) throw abortedError(parentSignal);
  parentSignal?.addEventListener('abort', onParentAbort, { once: true });
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!, i, controller.signal);
      } catch (error) {
        if (failure === undefined) {
          failure = { error };
          controller.abort(error);
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  } finally {
    parentSignal?.removeEventListener('abort', onParentAbort);
  }
  if (failure !== undefined) throw failure.error;
  return results;
}
