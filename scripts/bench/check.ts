/**
 * Independent solution checker for the benchmark. It shares NO code with the optimiser or with the
 * instance reader used by the solver: it re-reads the instance file itself, recomputes distances and
 * checks every constraint from the stop list and the reported times (1e-3 slack).
 */
import { readFileSync } from 'node:fs';

export interface CheckResult {
  feasible: boolean;
  cost: number;
  vehicles: number;
  errors: string[];
}

interface Node {
  x: number;
  y: number;
  service: number;
  load: number;
  early: number;
  late: number;
}

interface Spec {
  nodes: Node[];
  /** pick-up node -> drop-off node */
  partner: Map<number, number>;
  startDepot: number;
  endDepot: number;
  vehicles: number;
  capacity: number;
  maxRide: number;
  maxDuration: number;
}

const SLACK = 1e-3;

function readSpec(path: string): Spec {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split(/\s+/).map(Number));
  const head = lines[0]!;
  const body = lines.slice(1);
  if (head.length === 3) {
    // Li & Lim
    const nodes: Node[] = [];
    const partner = new Map<number, number>();
    for (const f of body) {
      nodes[f[0]!] = { x: f[1]!, y: f[2]!, load: f[3]!, early: f[4]!, late: f[5]!, service: f[6]! };
      if (f[7] === 0 && f[8]! > 0) partner.set(f[0]!, f[8]!);
    }
    return {
      nodes,
      partner,
      startDepot: 0,
      endDepot: 0,
      vehicles: head[0]!,
      capacity: head[1]!,
      maxRide: Number.POSITIVE_INFINITY,
      maxDuration: Number.POSITIVE_INFINITY,
    };
  }
  const count = body.length;
  const n = count % 2 === 0 ? (count - 2) / 2 : (count - 1) / 2;
  const nodes: Node[] = body.map((f) => ({
    x: f[1]!,
    y: f[2]!,
    service: f[3]!,
    load: f[4]!,
    early: f[5]!,
    late: f[6]!,
  }));
  if (count % 2 === 1) nodes.push({ ...nodes[0]! });
  const partner = new Map<number, number>();
  for (let i = 1; i <= n; i++) partner.set(i, n + i);
  return {
    nodes,
    partner,
    startDepot: 0,
    endDepot: 2 * n + 1,
    vehicles: head[0]!,
    capacity: head[3]!,
    maxRide: head[4]!,
    maxDuration: head[2]!,
  };
}

export function checkSolution(instanceFile: string, solution: unknown, reportedCost?: number): CheckResult {
  const spec = readSpec(instanceFile);
  const errors: string[] = [];
  const sol = solution as { routes?: { stops?: { node: number; time: number }[] }[] };
  const routes = sol.routes ?? [];
  const dist = (a: number, b: number) => {
    const p = spec.nodes[a]!;
    const q = spec.nodes[b]!;
    return Math.sqrt((p.x - q.x) ** 2 + (p.y - q.y) ** 2);
  };
  const pickupOf = new Map<number, number>();
  for (const [p, d] of spec.partner) pickupOf.set(d, p);
  const visits = new Map<number, number>();
  let cost = 0;
  let used = 0;
  routes.forEach((route, ri) => {
    const stops = route.stops ?? [];
    if (stops.length <= 2) return;
    used++;
    const first = stops[0]!;
    const last = stops[stops.length - 1]!;
    if (first.node !== spec.startDepot)
      errors.push(`route ${ri}: does not start at depot ${spec.startDepot}`);
    if (last.node !== spec.endDepot) errors.push(`route ${ri}: does not end at depot ${spec.endDepot}`);
    let load = 0;
    const pickTime = new Map<number, number>();
    for (let i = 0; i < stops.length; i++) {
      const s = stops[i]!;
      const node = spec.nodes[s.node];
      if (!node || !Number.isFinite(s.time)) {
        errors.push(`route ${ri}: bad stop ${JSON.stringify(s)}`);
        return;
      }
      if (s.time < node.early - SLACK || s.time > node.late + SLACK) {
        errors.push(`route ${ri}: node ${s.node} time ${s.time} outside [${node.early}, ${node.late}]`);
      }
      if (i > 0) {
        const prev = stops[i - 1]!;
        const d = dist(prev.node, s.node);
        cost += d;
        const need = prev.time + spec.nodes[prev.node]!.service + d;
        if (s.time < need - SLACK) errors.push(`route ${ri}: node ${s.node} reached at ${need} > ${s.time}`);
      }
      if (i > 0 && i < stops.length - 1) {
        visits.set(s.node, (visits.get(s.node) ?? 0) + 1);
        if (spec.partner.has(s.node)) {
          pickTime.set(s.node, s.time);
          load += node.load;
        } else {
          const p = pickupOf.get(s.node);
          if (p === undefined) errors.push(`route ${ri}: node ${s.node} is neither pick-up nor drop-off`);
          else if (!pickTime.has(p)) errors.push(`route ${ri}: drop-off ${s.node} before its pick-up ${p}`);
          else {
            const ride = s.time - (pickTime.get(p)! + spec.nodes[p]!.service);
            if (ride > spec.maxRide + SLACK)
              errors.push(`route ${ri}: ride of ${p} is ${ride} > ${spec.maxRide}`);
            pickTime.delete(p);
          }
          load += node.load;
        }
        if (load > spec.capacity + SLACK) errors.push(`route ${ri}: load ${load} at node ${s.node}`);
      }
    }
    if (pickTime.size > 0) errors.push(`route ${ri}: pick-ups without drop-off: ${[...pickTime.keys()]}`);
    const duration = last.time - first.time;
    if (duration > spec.maxDuration + SLACK)
      errors.push(`route ${ri}: duration ${duration} > ${spec.maxDuration}`);
  });
  for (const [p, d] of spec.partner) {
    if (visits.get(p) !== 1) errors.push(`pick-up ${p} visited ${visits.get(p) ?? 0} times`);
    if (visits.get(d) !== 1) errors.push(`drop-off ${d} visited ${visits.get(d) ?? 0} times`);
  }
  if (used > spec.vehicles) errors.push(`${used} vehicles used, ${spec.vehicles} available`);
  if (
    reportedCost !== undefined &&
    Math.abs(reportedCost - cost) > SLACK * Math.max(1, cost) * 1e-3 + SLACK
  ) {
    errors.push(`reported cost ${reportedCost} but recomputed ${cost}`);
  }
  return { feasible: errors.length === 0, cost, vehicles: used, errors };
}

if (process.argv[1]?.endsWith('check.ts') && process.argv.length >= 4) {
  const sol = JSON.parse(readFileSync(process.argv[3]!, 'utf8')) as { cost?: number };
  const res = checkSolution(process.argv[2]!, sol, sol.cost);
  process.stdout.write(`${JSON.stringify(res)}\n`);
  process.exit(res.feasible ? 0 : 1);
}
