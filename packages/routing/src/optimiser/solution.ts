import { earliestTimes, latestTimes } from './feasibility';
import { EPS, type Problem } from './problem';

/**
 * A set of routes with per-route caches (earliest / latest service times, loads, cumulative
 * minimum travel time, distance) so that an insertion is evaluated in O(1) per position pair by
 * necessary filters, and only promising candidates pay for the exact O(route) test.
 * All arrays are allocated once; moves never allocate.
 */
const CAND_CAP = 1024;

export class Solution {
  readonly P: Problem;
  readonly cap: number;
  readonly routes: Int32Array[] = [];
  readonly len: Int32Array;
  readonly E: Float64Array[] = [];
  readonly U: Float64Array[] = [];
  readonly ld1: Float64Array[] = [];
  readonly ld2: Float64Array[] = [];
  readonly cum: Float64Array[] = [];
  /**
   * Forward slack: how much the start of service at a position may be pushed later (the push being
   * absorbed by later waiting) while every window, every ride time of the stops from there on and the
   * route duration still hold with all other times unchanged. Conservative: it counts the ride slack
   * of every later drop-off, even when its pick-up would move too.
   */
  readonly F: Float64Array[] = [];
  readonly dist: Float64Array;
  readonly feasible: Uint8Array;
  /** Route of each request, -1 when unassigned. */
  readonly routeOf: Int32Array;
  /** Vehicles that may be used (route elimination disables some). */
  readonly available: Uint8Array;
  assigned = 0;

  /** Insertion positions found by the last evalInsert: pick-up after bi, drop-off after bj. */
  bi = -1;
  bj = -1;

  private readonly seqBuf: Int32Array;
  private readonly tBuf: Float64Array;
  private readonly pickT: Float64Array;
  private readonly posBuf: Int32Array;
  /** Candidates that passed the filters, exact-checked cheapest first. */
  private readonly candD: Float64Array;
  private readonly candI: Int32Array;
  private readonly candJ: Int32Array;
  /** 1 when the candidate is known feasible without the exact test (see evalInsert). */
  private readonly candQ: Uint8Array;
  private nCand = 0;

  constructor(P: Problem) {
    this.P = P;
    this.cap = 2 * P.n + 2;
    this.len = new Int32Array(P.m);
    this.dist = new Float64Array(P.m);
    this.feasible = new Uint8Array(P.m);
    this.routeOf = new Int32Array(P.n).fill(-1);
    this.available = new Uint8Array(P.m).fill(1);
    for (let k = 0; k < P.m; k++) {
      const r = new Int32Array(this.cap);
      r[0] = 2 * P.n + 2 * k;
      r[1] = 2 * P.n + 2 * k + 1;
      this.routes.push(r);
      this.len[k] = 2;
      this.E.push(new Float64Array(this.cap));
      this.U.push(new Float64Array(this.cap));
      this.ld1.push(new Float64Array(this.cap));
      this.ld2.push(new Float64Array(this.cap));
      this.cum.push(new Float64Array(this.cap));
      this.F.push(new Float64Array(this.cap));
    }
    this.seqBuf = new Int32Array(this.cap);
    this.tBuf = new Float64Array(this.cap);
    this.pickT = new Float64Array(Math.max(1, P.n));
    this.posBuf = new Int32Array(Math.max(1, P.n));
    this.candD = new Float64Array(CAND_CAP);
    this.candI = new Int32Array(CAND_CAP);
    this.candJ = new Int32Array(CAND_CAP);
    this.candQ = new Uint8Array(CAND_CAP);
    for (let k = 0; k < P.m; k++) this.updateRoute(k);
  }

  copyFrom(o: Solution): void {
    const m = this.P.m;
    for (let k = 0; k < m; k++) {
      const L = o.len[k]!;
      this.len[k] = L;
      this.routes[k]!.set(o.routes[k]!.subarray(0, L));
      this.E[k]!.set(o.E[k]!.subarray(0, L));
      this.U[k]!.set(o.U[k]!.subarray(0, L));
      this.ld1[k]!.set(o.ld1[k]!.subarray(0, L));
      this.ld2[k]!.set(o.ld2[k]!.subarray(0, L));
      this.cum[k]!.set(o.cum[k]!.subarray(0, L));
      this.F[k]!.set(o.F[k]!.subarray(0, L));
    }
    this.dist.set(o.dist);
    this.feasible.set(o.feasible);
    this.routeOf.set(o.routeOf);
    this.available.set(o.available);
    this.assigned = o.assigned;
  }

  totalDistance(): number {
    let s = 0;
    for (let k = 0; k < this.P.m; k++) s += this.dist[k]!;
    return s;
  }

  usedVehicles(): number {
    let c = 0;
    for (let k = 0; k < this.P.m; k++) if (this.len[k]! > 2) c++;
    return c;
  }

  allFeasible(): boolean {
    for (let k = 0; k < this.P.m; k++) if (!this.feasible[k]) return false;
    return true;
  }

  /** Recomputes the caches of route k; returns whether the route is feasible. */
  updateRoute(k: number): boolean {
    const P = this.P;
    const { S, q1, q2, ct, dd } = P;
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    const ld1 = this.ld1[k]!;
    const ld2 = this.ld2[k]!;
    const cum = this.cum[k]!;
    const c1 = P.cap1[k]!;
    const c2 = P.cap2[k]!;
    let a1 = 0;
    let a2 = 0;
    let ok = true;
    let d = 0;
    let c = 0;
    let prev = seq[0]!;
    ld1[0] = 0;
    ld2[0] = 0;
    cum[0] = 0;
    for (let x = 1; x < L; x++) {
      const s = seq[x]!;
      a1 += q1[s]!;
      a2 += q2[s]!;
      if (a1 > c1 + EPS || a2 > c2 + EPS) ok = false;
      ld1[x] = a1;
      ld2[x] = a2;
      c += ct[prev * S + s]!;
      cum[x] = c;
      d += dd[prev * S + s]!;
      prev = s;
    }
    this.dist[k] = L > 2 ? d : 0;
    if (ok) ok = earliestTimes(P, seq, L, k, this.E[k]!, this.posBuf);
    if (ok) ok = latestTimes(P, seq, L, k, this.U[k]!, this.posBuf);
    if (ok && P.needsExact) this.forwardSlack(k);
    this.feasible[k] = ok ? 1 : 0;
    return ok;
  }

  private forwardSlack(k: number): void {
    const P = this.P;
    const { S, n, l, ct, svc, maxRide } = P;
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    const E = this.E[k]!;
    const F = this.F[k]!;
    const pickT = this.pickT;
    for (let x = 1; x < L - 1; x++) {
      const s = seq[x]!;
      if (s < n) pickT[s] = E[x]!;
    }
    let f = Math.min(l[seq[L - 1]!]! - E[L - 1]!, P.maxDur[k]! - (E[L - 1]! - E[0]!));
    F[L - 1] = f;
    for (let x = L - 2; x >= 0; x--) {
      const s = seq[x]!;
      const next = seq[x + 1]!;
      const wait = E[x + 1]! - E[x]! - ct[s * S + next]!;
      f += wait;
      let slack = l[s]! - E[x]!;
      if (s >= n && s < 2 * n) {
        const r = s - n;
        const rs = maxRide[r]! - (E[x]! - pickT[r]! - svc[r]!);
        if (rs < slack) slack = rs;
      }
      if (slack < f) f = slack;
      F[x] = f;
    }
  }

  /** Removes request r from its route (no-op when unassigned). */
  remove(r: number): void {
    const k = this.routeOf[r]!;
    if (k < 0) return;
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    const d = this.P.n + r;
    let w = 0;
    for (let x = 0; x < L; x++) {
      const s = seq[x]!;
      if (s !== r && s !== d) seq[w++] = s;
    }
    this.len[k] = w;
    this.routeOf[r] = -1;
    this.assigned--;
    this.updateRoute(k);
  }

  /** Removes r from its route without refreshing the caches (caller calls updateRoute). */
  removeLazy(r: number): number {
    const k = this.routeOf[r]!;
    if (k < 0) return -1;
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    const d = this.P.n + r;
    let w = 0;
    for (let x = 0; x < L; x++) {
      const s = seq[x]!;
      if (s !== r && s !== d) seq[w++] = s;
    }
    this.len[k] = w;
    this.routeOf[r] = -1;
    this.assigned--;
    return k;
  }

  /** Inserts request r in route k, pick-up after position i and drop-off after position j (j >= i). */
  insert(r: number, k: number, i: number, j: number): void {
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    // shift the tail after j by two, the middle (i+1..j) by one
    for (let x = L - 1; x > j; x--) seq[x + 2] = seq[x]!;
    seq[j + 2] = this.P.n + r;
    for (let x = j; x > i; x--) seq[x + 1] = seq[x]!;
    seq[i + 1] = r;
    this.len[k] = L + 2;
    this.routeOf[r] = k;
    this.assigned++;
    this.updateRoute(k);
  }

  /**
   * Cheapest feasible insertion of request r into route k whose distance increase is below
   * `limit`. Returns the increase (Infinity if none) and leaves the positions in bi / bj.
   */
  evalInsert(r: number, k: number, limit = Number.POSITIVE_INFINITY): number {
    const P = this.P;
    const { S, n, e, l, ct, dd, svc } = P;
    const p = r;
    const d = n + r;
    const q1 = P.q1[p]!;
    const q2 = P.q2[p]!;
    const c1 = P.cap1[k]! + EPS - q1;
    const c2 = P.cap2[k]! + EPS - q2;
    this.bi = -1;
    this.bj = -1;
    this.nCand = 0;
    if (c1 < 0 || c2 < 0 || !this.available[k]) return Number.POSITIVE_INFINITY;
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    const E = this.E[k]!;
    const U = this.U[k]!;
    const ld1 = this.ld1[k]!;
    const ld2 = this.ld2[k]!;
    const cum = this.cum[k]!;
    const F = this.F[k]!;
    const ride = P.maxRide[r]!;
    const sp = svc[p]!;
    const ep = e[p]!;
    const lp = l[p]!;
    const ed = e[d]!;
    const lD = l[d]! + EPS;
    const pS = p * S;
    const dS = d * S;
    const ctPD = ct[pS + d]!;
    const exact = P.needsExact;
    // an empty route costs nothing: using it adds its start→end leg
    const base = L === 2 ? -dd[seq[0]! * S + seq[1]!]! : 0;
    let best = limit;
    if (ctPD - sp > ride + EPS) return Number.POSITIVE_INFINITY;
    for (let i = 0; i < L - 1; i++) {
      if (ld1[i]! > c1 || ld2[i]! > c2) continue;
      // service times only grow along the route: once past the pick-up window, stop
      if (E[i]! > lp + EPS) break;
      const a = seq[i]!;
      const b = seq[i + 1]!;
      const aS = a * S;
      let Ep = E[i]! + ct[aS + p]!;
      if (Ep < ep) Ep = ep;
      if (Ep > lp + EPS) continue;
      const dAP = dd[aS + p]! + base;
      const dAB = dd[aS + b]!;
      const Ui1 = U[i + 1]! + EPS;
      // drop-off right after the pick-up
      {
        let Ed = Ep + ctPD;
        if (Ed < ed) Ed = ed;
        if (Ed <= lD) {
          let Eb = Ed + ct[dS + b]!;
          if (Eb < E[i + 1]!) Eb = E[i + 1]!;
          if (Eb <= Ui1) {
            const delta = dAP + dd[pS + d]! + dd[dS + b]! - dAB;
            if (delta < best) {
              if (!exact) {
                best = delta;
                this.bi = i;
                this.bj = i;
              } else {
                // the old schedule is untouched if the detour is absorbed by waiting at b
                const quick = Ed + ct[dS + b]! - E[i + 1]! <= F[i + 1]! && Ed - Ep - sp <= ride + EPS;
                best = this.pushCandidate(k, r, delta, i, i, best, quick);
              }
            }
          }
        }
      }
      if (i + 1 >= L - 1) continue;
      // drop-off later: push the pick-up's delay forward along the route
      let t = Ep + ct[pS + b]!;
      if (t < E[i + 1]!) t = E[i + 1]!;
      if (t > Ui1) continue;
      const deltaP = dAP + dd[pS + b]! - dAB;
      const absorbedP = Ep + ct[pS + b]! - E[i + 1]! <= F[i + 1]!;
      if (deltaP >= best) continue;
      const rideBase = ct[pS + b]! - sp - cum[i + 1]!;
      for (let j = i + 1; j < L - 1; j++) {
        const c = seq[j]!;
        if (j > i + 1) {
          t += ct[seq[j - 1]! * S + c]!;
          if (t < E[j]!) t = E[j]!;
          if (t > U[j]! + EPS) break;
        }
        if (t > lD) break;
        if (ld1[j]! > c1 || ld2[j]! > c2) break;
        const pathRide = rideBase + cum[j]!;
        if (pathRide > ride + EPS) break;
        const cS = c * S;
        if (pathRide + ct[cS + d]! > ride + EPS) continue;
        let Ed = t + ct[cS + d]!;
        if (Ed < ed) Ed = ed;
        if (Ed > lD) continue;
        const c2n = seq[j + 1]!;
        let En = Ed + ct[dS + c2n]!;
        if (En < E[j + 1]!) En = E[j + 1]!;
        if (En > U[j + 1]! + EPS) continue;
        const delta = deltaP + dd[cS + d]! + dd[dS + c2n]! - dd[cS + c2n]!;
        if (delta < best) {
          if (!exact) {
            best = delta;
            this.bi = i;
            this.bj = j;
          } else {
            // both detours absorbed by waiting: the old schedule stays valid, only the new ride counts
            const quick =
              absorbedP && Ed + ct[dS + c2n]! - E[j + 1]! <= F[j + 1]! && Ed - Ep - sp <= ride + EPS;
            best = this.pushCandidate(k, r, delta, i, j, best, quick);
          }
        }
      }
    }
    if (exact && this.nCand > 0) best = this.flushCandidates(k, r, best);
    return this.bi < 0 ? Number.POSITIVE_INFINITY : best;
  }

  private pushCandidate(
    k: number,
    r: number,
    delta: number,
    i: number,
    j: number,
    best: number,
    quick: boolean,
  ): number {
    if (this.nCand === CAND_CAP) best = this.flushCandidates(k, r, best);
    if (delta >= best) return best;
    const c = this.nCand++;
    this.candD[c] = delta;
    this.candI[c] = i;
    this.candJ[c] = j;
    this.candQ[c] = quick ? 1 : 0;
    return best;
  }

  /** Exact-checks buffered candidates cheapest first; the first feasible one is the best. */
  private flushCandidates(k: number, r: number, best: number): number {
    const D = this.candD;
    const nc = this.nCand;
    this.nCand = 0;
    for (;;) {
      let arg = -1;
      let min = best;
      for (let c = 0; c < nc; c++) {
        if (D[c]! < min) {
          min = D[c]!;
          arg = c;
        }
      }
      if (arg < 0) return best;
      D[arg] = Number.POSITIVE_INFINITY;
      if (this.candQ[arg] === 1 || this.exactCheck(k, this.candI[arg]!, this.candJ[arg]!, r)) {
        this.bi = this.candI[arg]!;
        this.bj = this.candJ[arg]!;
        return min;
      }
    }
  }

  /** Exact test of route k with request r inserted (pick-up after i, drop-off after j). */
  private exactCheck(k: number, i: number, j: number, r: number): boolean {
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    const buf = this.seqBuf;
    let w = 0;
    for (let x = 0; x <= i; x++) buf[w++] = seq[x]!;
    buf[w++] = r;
    for (let x = i + 1; x <= j; x++) buf[w++] = seq[x]!;
    buf[w++] = this.P.n + r;
    for (let x = j + 1; x < L; x++) buf[w++] = seq[x]!;
    return earliestTimes(this.P, buf, w, k, this.tBuf, this.posBuf);
  }

  /** Distance saved by removing request r from its route. */
  removalGain(r: number): number {
    const k = this.routeOf[r]!;
    if (k < 0) return 0;
    const { S, dd, n } = this.P;
    const seq = this.routes[k]!;
    const L = this.len[k]!;
    const d = n + r;
    let i = -1;
    let j = -1;
    for (let x = 1; x < L - 1; x++) {
      const s = seq[x]!;
      if (s === r) i = x;
      else if (s === d) {
        j = x;
        break;
      }
    }
    const a = seq[i - 1]!;
    const b = seq[i + 1]!;
    const c = seq[j - 1]!;
    const f = seq[j + 1]!;
    let g: number;
    if (j === i + 1) g = dd[a * S + r]! + dd[r * S + d]! + dd[d * S + f]! - dd[a * S + f]!;
    else
      g = dd[a * S + r]! + dd[r * S + b]! - dd[a * S + b]! + dd[c * S + d]! + dd[d * S + f]! - dd[c * S + f]!;
    if (L === 4) g = this.dist[k]!;
    return g;
  }
}
