import type { Problem } from './problem';
import { Rng } from './rng';
import { Solution } from './solution';

/**
 * Adaptive large neighbourhood search after Ropke & Pisinger (2006): destroy (random, worst, Shaw
 * relatedness, whole route) then repair (greedy or regret-k, with or without noise), operators chosen
 * by adaptive roulette weights, simulated-annealing acceptance. For the hierarchical objective a
 * route-elimination phase first empties a route into the request bank and searches until the bank
 * is empty again (then tries the next route), before the distance phase.
 */

export interface SearchParams {
  seed: number;
  /** Absolute deadline on `clock` (ms); Infinity for none. */
  deadline: number;
  maxIterations: number;
  hierarchical: boolean;
  onImprovement?: (info: { iteration: number; cost: number; vehicles: number; unassigned: number }) => void;
  tuning?: Partial<SearchTuning>;
  /** Milliseconds, monotonic; the only time source (for the time limit). */
  clock: () => number;
}

const DESTROY = 4; // random, worst, shaw, route
const REPAIR = 8; // greedy, regret-2, regret-3, regret-m; each without / with noise
const SEGMENT = 100;
const REACTION = 0.1;
const SIGMA_BEST = 33;
const SIGMA_BETTER = 9;
const SIGMA_ACCEPTED = 13;
const NOISE = 0.025;

/** Method constants, exposed for experiments only (defaults are the tuned values). */
export interface SearchTuning {
  /** Start temperature: a plan this much worse (fraction) is accepted with probability 1/2. */
  startWorse: number;
  /** End temperature as a fraction of the start temperature. */
  endRatio: number;
  /** Largest destroy size as a fraction of n, and its absolute caps. */
  qFraction: number;
  qMaxCap: number;
  qMin: number;
  /** Go back to the best plan after this many iterations without a new best (0: never). */
  restartAfter: number;
  /**
   * Restart from the best plan with a reheated (half as hot) annealing schedule after this fraction
   * of the remaining budget without a new best (0: never).
   */
  reheat: number;
  /** Start temperature of each restart relative to the previous one. */
  reheatFactor: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  startWorse: 0.03,
  endRatio: 0.002,
  qFraction: 0.4,
  qMaxCap: 100,
  qMin: 4,
  restartAfter: 0,
  reheat: 0.25,
  reheatFactor: 0.5,
};

export class Search {
  readonly P: Problem;
  readonly rng: Rng;
  private readonly cur: Solution;
  private readonly cand: Solution;
  readonly best: Solution;
  private readonly bank: Int32Array;
  private readonly costs: Float64Array;
  private readonly posI: Int32Array;
  private readonly posJ: Int32Array;
  private readonly order: Int32Array;
  private readonly keys: Float64Array;
  private readonly tP: Float64Array;
  private readonly tD: Float64Array;
  private readonly dirty: Uint8Array;
  private readonly wD = new Float64Array(DESTROY).fill(1);
  private readonly wR = new Float64Array(REPAIR).fill(1);
  private readonly sD = new Float64Array(DESTROY);
  private readonly sR = new Float64Array(REPAIR);
  private readonly uD = new Float64Array(DESTROY);
  private readonly uR = new Float64Array(REPAIR);
  private readonly penalty: number;
  /** Fixed cost of opening an empty vehicle during construction in hierarchical mode. */
  private vehicleCost = 0;
  iterations = 0;
  private stallTime = Number.POSITIVE_INFINITY;
  private stallIter = Number.POSITIVE_INFINITY;
  private readonly params: SearchParams;
  private readonly tuning: SearchTuning;
  private readonly maxLoad: number;
  private readonly horizon: number;

  constructor(P: Problem, params: SearchParams) {
    this.P = P;
    this.params = params;
    this.tuning = { ...DEFAULT_TUNING, ...params.tuning };
    this.rng = new Rng(params.seed);
    this.cur = new Solution(P);
    this.cand = new Solution(P);
    this.best = new Solution(P);
    const n = P.n;
    this.bank = new Int32Array(n);
    this.costs = new Float64Array(Math.max(1, n * P.m));
    this.posI = new Int32Array(Math.max(1, n * P.m));
    this.posJ = new Int32Array(Math.max(1, n * P.m));
    this.order = new Int32Array(n);
    this.keys = new Float64Array(n);
    this.tP = new Float64Array(n);
    this.tD = new Float64Array(n);
    this.dirty = new Uint8Array(P.m);
    this.penalty = 10 * P.maxDist + 1000;
    let ml = 1;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < n; r++) {
      ml = Math.max(ml, P.q1[r]! + P.q2[r]!);
      for (const s of [r, n + r]) {
        if (Number.isFinite(P.e[s]!)) lo = Math.min(lo, P.e[s]!);
        if (Number.isFinite(P.l[s]!)) hi = Math.max(hi, P.l[s]!);
      }
    }
    this.maxLoad = ml;
    this.horizon = hi > lo ? hi - lo : 1;
  }

  private objective(s: Solution): number {
    return s.totalDistance() + this.penalty * (this.P.n - s.assigned);
  }

  /** Builds a first plan by regret insertion; in hierarchical mode opening a vehicle is expensive. */
  construct(): void {
    const P = this.P;
    const s = this.cur;
    if (this.params.hierarchical) this.vehicleCost = 100 * (P.maxDist + 1);
    let cnt = 0;
    for (let r = 0; r < P.n; r++) if (s.routeOf[r]! < 0) this.bank[cnt++] = r;
    this.repair(s, cnt, 2, false);
    this.vehicleCost = 0;
    this.best.copyFrom(s);
  }

  /** Runs the whole search; the result is in `best`. */
  run(): void {
    this.construct();
    const P = this.P;
    if (P.n === 0) return;
    if (this.params.hierarchical) {
      const now = this.params.clock();
      const phaseEnd = Number.isFinite(this.params.deadline)
        ? now + 0.6 * (this.params.deadline - now)
        : Number.POSITIVE_INFINITY;
      const phaseIter = Math.floor(this.iterations + 0.6 * (this.params.maxIterations - this.iterations));
      // an elimination attempt that places no further request for 15 % of the budget is abandoned
      this.stallTime = 0.15 * (this.params.deadline - now);
      this.stallIter = 0.15 * (this.params.maxIterations - this.iterations);
      this.eliminateRoutes(phaseEnd, phaseIter);
      // distance phase with the vehicles of the best plan only
      this.cur.copyFrom(this.best);
      for (let k = 0; k < P.m; k++) this.cur.available[k] = this.cur.len[k]! > 2 ? 1 : 0;
      this.best.copyFrom(this.cur);
      this.alns(this.params.deadline, this.params.maxIterations, false);
    } else {
      this.cur.copyFrom(this.best);
      this.alns(this.params.deadline, this.params.maxIterations, false);
    }
  }

  private eliminateRoutes(phaseEnd: number, phaseIter: number): void {
    const P = this.P;
    let demand = 0;
    let capMax = 1;
    for (let r = 0; r < P.n; r++) demand += P.q1[r]!;
    for (let k = 0; k < P.m; k++) capMax = Math.max(capMax, P.cap1[k]!);
    const lowerBound = Math.max(1, Math.ceil(demand / capMax - 1e-9));
    const saved = new Solution(P);
    while (this.params.clock() < phaseEnd && this.iterations < phaseIter) {
      if (this.best.assigned < P.n || this.best.usedVehicles() <= lowerBound) return;
      saved.copyFrom(this.best);
      const cur = this.cur;
      cur.copyFrom(this.best);
      // eliminate a short route: fewer requests to re-home
      let kill = -1;
      let killSize = Number.POSITIVE_INFINITY;
      for (let k = 0; k < P.m; k++) {
        const L = cur.len[k]!;
        if (L <= 2) continue;
        const size = L + this.rng.next() * 4;
        if (size < killSize) {
          killSize = size;
          kill = k;
        }
      }
      for (let k = 0; k < P.m; k++) cur.available[k] = cur.len[k]! > 2 && k !== kill ? 1 : 0;
      const seq = cur.routes[kill]!;
      while (cur.len[kill]! > 2) {
        const s = seq[1]!;
        cur.removeLazy(s < P.n ? s : s - P.n);
      }
      cur.updateRoute(kill);
      let cnt = 0;
      for (let r = 0; r < P.n; r++) if (cur.routeOf[r]! < 0) this.bank[cnt++] = r;
      this.repair(cur, cnt, 2, false);
      this.best.copyFrom(cur);
      const ok = cur.assigned === P.n || this.alns(phaseEnd, phaseIter, true);
      if (!ok) {
        this.best.copyFrom(saved);
        return;
      }
      if (this.params.onImprovement) {
        this.params.onImprovement({
          iteration: this.iterations,
          cost: this.best.totalDistance(),
          vehicles: this.best.usedVehicles(),
          unassigned: 0,
        });
      }
    }
  }

  /**
   * ALNS from `cur`, keeping the best in `best`. With `untilComplete`, stops as soon as a plan
   * serving every request is found and returns true.
   */
  private alns(deadline: number, maxIter: number, untilComplete: boolean): boolean {
    const P = this.P;
    const rng = this.rng;
    const cur = this.cur;
    const cand = this.cand;
    const best = this.best;
    const n = P.n;
    let fCur = this.objective(cur);
    let fBest = this.objective(best);
    let startIter = this.iterations;
    let startTime = this.params.clock();
    let totalIter = maxIter - startIter;
    let totalTime = deadline - startTime;
    const tu = this.tuning;
    let T0 = (tu.startWorse * Math.max(1e-9, cur.totalDistance())) / Math.LN2;
    let Tend = T0 * tu.endRatio;
    let lastBestTime = startTime;
    let T = T0;
    const qMax = Math.max(1, Math.min(tu.qMaxCap, Math.round(tu.qFraction * n)));
    const qMin = Math.min(qMax, tu.qMin);
    this.wD.fill(1);
    this.wR.fill(1);
    this.sD.fill(0);
    this.sR.fill(0);
    this.uD.fill(0);
    this.uR.fill(0);
    let sinceSegment = 0;
    let lastBest = this.iterations;
    let gainIter = this.iterations;
    let gainTime = startTime;
    let bestAssigned = best.assigned;
    for (;;) {
      if ((this.iterations & 31) === 0 || untilComplete) {
        if (this.iterations >= maxIter || this.params.clock() >= deadline) break;
        if (untilComplete) {
          if (best.assigned > bestAssigned) {
            bestAssigned = best.assigned;
            gainIter = this.iterations;
            gainTime = this.params.clock();
          } else if (
            this.iterations - gainIter > this.stallIter ||
            this.params.clock() - gainTime > this.stallTime
          ) {
            break;
          }
        }
        const progress = Math.max(
          Number.isFinite(totalIter) && totalIter > 0 ? (this.iterations - startIter) / totalIter : 0,
          Number.isFinite(totalTime) && totalTime > 0 ? (this.params.clock() - startTime) / totalTime : 0,
        );
        T = T0 * (Tend / T0) ** Math.min(1, progress);
      } else if (this.iterations >= maxIter) break;
      this.iterations++;
      cand.copyFrom(cur);
      const q = qMin + rng.int(qMax - qMin + 1);
      const dOp = this.roulette(this.wD);
      const rOp = this.roulette(this.wR);
      let cnt = this.destroy(cand, dOp, q);
      for (let r = 0; r < n; r++) {
        if (cand.routeOf[r]! < 0) {
          let seen = false;
          for (let x = 0; x < cnt; x++) if (this.bank[x] === r) seen = true;
          if (!seen) this.bank[cnt++] = r;
        }
      }
      const k = rOp >> 1;
      this.repair(cand, cnt, k === 0 ? 1 : k === 1 ? 2 : k === 2 ? 3 : P.m, (rOp & 1) === 1);
      if (
        tu.reheat > 0 &&
        !untilComplete &&
        (this.iterations & 31) === 0 &&
        ((Number.isFinite(totalIter) && this.iterations - lastBest > tu.reheat * totalIter) ||
          (Number.isFinite(totalTime) && this.params.clock() - lastBestTime > tu.reheat * totalTime))
      ) {
        // stuck: restart from the best plan with a new, cooler annealing schedule over what is left
        cur.copyFrom(best);
        fCur = fBest;
        lastBest = this.iterations;
        lastBestTime = this.params.clock();
        startIter = this.iterations;
        startTime = lastBestTime;
        totalIter = maxIter - startIter;
        totalTime = deadline - startTime;
        T0 *= tu.reheatFactor;
        Tend = T0 * tu.endRatio;
      }
      if (tu.restartAfter > 0 && this.iterations - lastBest > tu.restartAfter) {
        cur.copyFrom(best);
        fCur = fBest;
        lastBest = this.iterations;
      }
      if (!cand.allFeasible()) continue;
      const f = this.objective(cand);
      let score = 0;
      if (f < fCur - 1e-9) {
        score = SIGMA_BETTER;
      } else if (f > fCur + 1e-9 && rng.next() >= Math.exp(-(f - fCur) / T)) {
        score = -1;
      } else if (f > fCur + 1e-9) {
        score = SIGMA_ACCEPTED;
      }
      if (score >= 0) {
        cur.copyFrom(cand);
        fCur = f;
        if (f < fBest - 1e-9) {
          score = SIGMA_BEST;
          lastBest = this.iterations;
          lastBestTime = this.params.clock();
          best.copyFrom(cand);
          fBest = f;
          if (this.params.onImprovement) {
            this.params.onImprovement({
              iteration: this.iterations,
              cost: best.totalDistance(),
              vehicles: best.usedVehicles(),
              unassigned: n - best.assigned,
            });
          }
          if (untilComplete && best.assigned === n) return true;
        }
      }
      if (score > 0) {
        this.sD[dOp] = this.sD[dOp]! + score;
        this.sR[rOp] = this.sR[rOp]! + score;
      }
      this.uD[dOp] = this.uD[dOp]! + 1;
      this.uR[rOp] = this.uR[rOp]! + 1;
      if (++sinceSegment >= SEGMENT) {
        sinceSegment = 0;
        this.updateWeights(this.wD, this.sD, this.uD);
        this.updateWeights(this.wR, this.sR, this.uR);
      }
    }
    return untilComplete ? best.assigned === n : true;
  }

  private updateWeights(w: Float64Array, s: Float64Array, u: Float64Array): void {
    for (let i = 0; i < w.length; i++) {
      if (u[i]! > 0) w[i] = w[i]! * (1 - REACTION) + (REACTION * s[i]!) / u[i]!;
      if (w[i]! < 0.05) w[i] = 0.05;
      s[i] = 0;
      u[i] = 0;
    }
  }

  private roulette(w: Float64Array): number {
    let tot = 0;
    for (let i = 0; i < w.length; i++) tot += w[i]!;
    let x = this.rng.next() * tot;
    for (let i = 0; i < w.length; i++) {
      x -= w[i]!;
      if (x < 0) return i;
    }
    return w.length - 1;
  }

  /** Removes about q requests; returns how many were put in the bank. */
  private destroy(s: Solution, op: number, q: number): number {
    const P = this.P;
    const n = P.n;
    const rng = this.rng;
    const bank = this.bank;
    let assignedCount = 0;
    for (let r = 0; r < n; r++) if (s.routeOf[r]! >= 0) this.order[assignedCount++] = r;
    if (q > assignedCount) q = assignedCount;
    let cnt = 0;
    this.dirty.fill(0);
    const take = (r: number) => {
      const k = s.removeLazy(r);
      if (k >= 0) this.dirty[k] = 1;
      bank[cnt++] = r;
    };
    if (assignedCount === 0) return 0;
    const order = this.order;
    if (op === 0) {
      // random
      for (let x = 0; x < q; x++) {
        const y = x + rng.int(assignedCount - x);
        const r = order[y]!;
        order[y] = order[x]!;
        order[x] = r;
        take(r);
      }
    } else if (op === 1) {
      // worst: largest saving first, randomised (Ropke & Pisinger p = 3)
      const keys = this.keys;
      for (let x = 0; x < assignedCount; x++) keys[order[x]!] = s.removalGain(order[x]!);
      const list = Array.from(order.subarray(0, assignedCount));
      list.sort((a, b) => keys[b]! - keys[a]!);
      for (let x = 0; x < q; x++) {
        const y = Math.floor(rng.next() ** 3 * list.length);
        const r = list[y]!;
        list.splice(y, 1);
        take(r);
      }
    } else if (op === 2) {
      // Shaw relatedness: close pick-ups, close drop-offs, similar times and loads (p = 6)
      this.fillTimes(s);
      const { S, dd } = P;
      const dn = 1 / (P.maxDist || 1);
      const tn = 1 / this.horizon;
      const qn = 1 / this.maxLoad;
      const keys = this.keys;
      const chosen: number[] = [];
      const first = order[rng.int(assignedCount)]!;
      chosen.push(first);
      const rest = Array.from(order.subarray(0, assignedCount)).filter((r) => r !== first);
      while (chosen.length < q && rest.length > 0) {
        const ref = chosen[rng.int(chosen.length)]!;
        const rd = n + ref;
        for (const r of rest) {
          keys[r] =
            9 * dn * (dd[ref * S + r]! + dd[rd * S + n + r]!) +
            3 * tn * (Math.abs(this.tP[ref]! - this.tP[r]!) + Math.abs(this.tD[ref]! - this.tD[r]!)) +
            2 * qn * Math.abs(P.q1[ref]! + P.q2[ref]! - P.q1[r]! - P.q2[r]!);
        }
        rest.sort((a, b) => keys[a]! - keys[b]!);
        const y = Math.floor(rng.next() ** 6 * rest.length);
        chosen.push(rest[y]!);
        rest.splice(y, 1);
      }
      for (const r of chosen) take(r);
    } else {
      // whole routes, topped up at random
      while (cnt < q) {
        const r0 = order[rng.int(assignedCount)]!;
        const k = s.routeOf[r0]!;
        if (k < 0) continue;
        const seq = s.routes[k]!;
        while (s.len[k]! > 2) {
          const st = seq[1]!;
          take(st < n ? st : st - n);
        }
      }
    }
    for (let k = 0; k < P.m; k++) {
      if (this.dirty[k] && !s.updateRoute(k)) {
        // only possible when the matrices break the triangle inequality: empty the route
        const seq = s.routes[k]!;
        while (s.len[k]! > 2) {
          const st = seq[1]!;
          const r = st < n ? st : st - n;
          s.removeLazy(r);
          bank[cnt++] = r;
        }
        s.updateRoute(k);
      }
    }
    return cnt;
  }

  private fillTimes(s: Solution): void {
    const n = this.P.n;
    for (let k = 0; k < this.P.m; k++) {
      const seq = s.routes[k]!;
      const E = s.E[k]!;
      const L = s.len[k]!;
      for (let x = 1; x < L - 1; x++) {
        const st = seq[x]!;
        if (st < n) this.tP[st] = E[x]!;
        else this.tD[st - n] = E[x]!;
      }
    }
  }

  private evalCell(s: Solution, r: number, k: number, noise: boolean): number {
    let c = s.evalInsert(r, k);
    if (c === Number.POSITIVE_INFINITY) return c;
    if (this.vehicleCost > 0 && s.len[k]! === 2) c += this.vehicleCost;
    if (noise) {
      c += NOISE * this.P.maxDist * (2 * this.rng.next() - 1);
      if (c < 0) c = 0;
    }
    return c;
  }

  /**
   * Inserts the `cnt` requests of the bank by regret-k (k = 1: greedy). Requests that fit nowhere
   * stay unassigned.
   */
  private repair(s: Solution, cnt: number, regret: number, noise: boolean): void {
    const P = this.P;
    const m = P.m;
    const costs = this.costs;
    const bank = this.bank;
    for (let x = 0; x < cnt; x++) {
      const r = bank[x]!;
      for (let k = 0; k < m; k++) {
        const c = this.evalCell(s, r, k, noise);
        costs[x * m + k] = c;
        this.posI[x * m + k] = s.bi;
        this.posJ[x * m + k] = s.bj;
      }
    }
    let remaining = cnt;
    const kk = Math.min(regret, m);
    const top = new Float64Array(Math.max(1, kk));
    while (remaining > 0) {
      let bestX = -1;
      let bestKey = Number.NEGATIVE_INFINITY;
      let bestK = -1;
      for (let x = 0; x < remaining; x++) {
        const off = x * m;
        top.fill(Number.POSITIVE_INFINITY);
        let feasibleCount = 0;
        let argMin = -1;
        for (let k = 0; k < m; k++) {
          const c = costs[off + k]!;
          if (c === Number.POSITIVE_INFINITY) continue;
          feasibleCount++;
          if (c < top[0]!) argMin = k;
          // insertion into the sorted top-kk list
          if (c < top[kk - 1]!) {
            let y = kk - 1;
            while (y > 0 && top[y - 1]! > c) {
              top[y] = top[y - 1]!;
              y--;
            }
            top[y] = c;
          }
        }
        if (feasibleCount === 0) continue;
        let key: number;
        if (kk <= 1) key = -top[0]!;
        else if (feasibleCount < kk) key = 1e15 * (kk - feasibleCount) - top[0]!;
        else {
          key = 0;
          for (let y = 1; y < kk; y++) key += top[y]! - top[0]!;
        }
        if (key > bestKey) {
          bestKey = key;
          bestX = x;
          bestK = argMin;
        }
      }
      if (bestX < 0) break;
      const r = bank[bestX]!;
      const off = bestX * m + bestK;
      s.insert(r, bestK, this.posI[off]!, this.posJ[off]!);
      // move the last bank entry into the freed slot (bank order beyond cnt is irrelevant)
      remaining--;
      if (bestX !== remaining) {
        bank[bestX] = bank[remaining]!;
        bank[remaining] = r;
        const a = bestX * m;
        const b = remaining * m;
        for (let k = 0; k < m; k++) {
          costs[a + k] = costs[b + k]!;
          this.posI[a + k] = this.posI[b + k]!;
          this.posJ[a + k] = this.posJ[b + k]!;
        }
      }
      for (let x = 0; x < remaining; x++) {
        const rr = bank[x]!;
        const c = this.evalCell(s, rr, bestK, noise);
        costs[x * m + bestK] = c;
        this.posI[x * m + bestK] = s.bi;
        this.posJ[x * m + bestK] = s.bj;
      }
    }
  }
}
