/**
 * An open-loop load: requests arrive at random times (a Poisson process) at a mean rate, whatever the
 * server is doing, as independent staff and residents would; each latency counts from the request's
 * arrival time, not from when it could be sent, so a server that falls behind cannot hide its queue
 * (no "coordinated omission": the model of wrk2 and of Gil Tene's "How NOT to measure latency").
 *
 * autocannon has no such mode: its `overallRate` gives each connection a budget per second that it
 * spends back to back at the start of the second, so "200/s over 20 connections" is a burst of 200
 * requests, 20 in flight, then silence until the next second (autocannon 9, lib/httpClient.js,
 * `reqsMadeThisSecond`). scripts/bench-api measures both; see docs/benchmarks.md.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Rng } from '../../packages/routing/src/index';
import { percentile } from './percentile';

export interface OpenLoopOptions {
  url: string;
  headers: Record<string, string>;
  /** The body of the n-th request. */
  body: (n: number) => string;
  /** Mean arrivals per second. */
  rate: number;
  duration: number;
  /** The arrivals' seed: a run's arrivals, and so their count, are known in advance (poissonArrivals). */
  seed: number;
}

export interface OpenLoopResult {
  /** Requests answered 2xx, and the others (non-2xx, errors, timeouts). */
  ok: number;
  failed: number;
  /** Latencies of the 2xx answers from their arrival time, in ms (nearest rank). */
  p50: number;
  p99: number;
  max: number;
  /** How late the generator sent its requests, p99 in ms: it shares the machine, and counts against the server. */
  lateP99: number;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Arrival times in ms from the start: exponential gaps of mean 1000/rate, seeded. */
export function poissonArrivals(rate: number, durationS: number, seed: number): number[] {
  const rng = new Rng(seed);
  const times: number[] = [];
  for (let t = 0; ; ) {
    t += (-Math.log(1 - rng.next()) * 1000) / rate;
    if (t >= durationS * 1000) return times;
    times.push(t);
  }
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true });
  const arrivals = poissonArrivals(options.rate, options.duration, options.seed);
  const latencies: number[] = [];
  const lateness: number[] = [];
  let failed = 0;

  const send = (n: number, due: number) =>
    new Promise<void>((resolve) => {
      lateness.push(performance.now() - due);
      const done = (ok: boolean) => {
        if (ok) latencies.push(performance.now() - due);
        else failed++;
        resolve();
      };
      const request = http.request(
        {
          agent,
          method: 'POST',
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          headers: options.headers,
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            done((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300),
          );
          response.on('error', () => done(false));
        },
      );
      request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('timeout')));
      request.on('error', () => done(false));
      request.end(options.body(n));
    });

  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  await new Promise<void>((finished) => {
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < arrivals.length && start + arrivals[next]! <= now) {
        inFlight.push(send(next, start + arrivals[next]!));
        next++;
      }
      if (next < arrivals.length) setTimeout(tick, Math.max(0, start + arrivals[next]! - performance.now()));
      else finished();
    };
    tick();
  });
  await Promise.all(inFlight);
  agent.destroy();

  latencies.sort((a, b) => a - b);
  lateness.sort((a, b) => a - b);
  const ms = (value: number | undefined) => Math.round(value ?? 0); // 0 when nothing was answered
  return {
    ok: latencies.length,
    failed,
    p50: ms(percentile(latencies, 50)),
    p99: ms(percentile(latencies, 99)),
    max: ms(latencies.at(-1)),
    lateP99: ms(percentile(lateness, 99)),
  };
}
