import type { Metrics } from './metrics';
import { unmetReasonLabel } from './reasons';

/*
 * Two scenarios side by side: the same indicators, in French, with the difference. The JSON document
 * keeps both full metric sets; the CSV and the PDF report list the indicators below.
 */

export interface Indicator {
  key: string;
  label: string;
  unit: string;
  /** Whether a higher value is better (for the report's colours); null when neither. */
  higherIsBetter: boolean | null;
  value: (m: Metrics) => number | null;
}

export const INDICATORS: Indicator[] = [
  {
    key: 'requests',
    label: 'Demandes (trajets et places)',
    unit: '',
    higherIsBetter: null,
    value: (m) => m.requests,
  },
  { key: 'served', label: 'Demandes servies', unit: '', higherIsBetter: true, value: (m) => m.served },
  { key: 'served_pct', label: 'Part servie', unit: '%', higherIsBetter: true, value: (m) => m.servedPct },
  {
    key: 'unmet',
    label: 'Demandes non satisfaites',
    unit: '',
    higherIsBetter: false,
    value: (m) => m.unmet.total,
  },
  {
    key: 'residents_reached',
    label: 'Habitants distincts transportés',
    unit: '',
    higherIsBetter: true,
    value: (m) => m.distinctResidentsReached,
  },
  {
    key: 'rides_requests',
    label: 'Trajets solidaires demandés',
    unit: '',
    higherIsBetter: null,
    value: (m) => m.rides.requests,
  },
  {
    key: 'rides_served_pct',
    label: 'Trajets solidaires servis',
    unit: '%',
    higherIsBetter: true,
    value: (m) => m.rides.servedPct,
  },
  {
    key: 'answer_wait_h',
    label: "Attente d'un chauffeur (médiane)",
    unit: 'h',
    higherIsBetter: false,
    value: (m) => m.rides.answerWaitHours.median,
  },
  {
    key: 'ride_minutes',
    label: 'Durée des trajets solidaires (moyenne)',
    unit: 'min',
    higherIsBetter: false,
    value: (m) => m.rides.rideMinutes.mean,
  },
  {
    key: 'ride_on_time_pct',
    label: 'Prises en charge à l’heure (trajets)',
    unit: '%',
    higherIsBetter: true,
    value: (m) => m.rides.pickupOnTimePct,
  },
  {
    key: 'volunteer_km',
    label: 'Kilomètres des bénévoles',
    unit: 'km',
    higherIsBetter: null,
    value: (m) => m.rides.volunteerKm,
  },
  {
    key: 'mileage_eur',
    label: 'Indemnités kilométriques',
    unit: '€',
    higherIsBetter: false,
    value: (m) => m.rides.mileageEur,
  },
  {
    key: 'volunteers_active',
    label: 'Bénévoles actifs',
    unit: '',
    higherIsBetter: true,
    value: (m) => m.volunteers.active,
  },
  {
    key: 'volunteer_load_max',
    label: 'Missions du bénévole le plus sollicité',
    unit: '',
    higherIsBetter: false,
    value: (m) => m.volunteers.missionsMax,
  },
  {
    key: 'volunteer_load_spread',
    label: 'Écart-type des missions par bénévole',
    unit: '',
    higherIsBetter: false,
    value: (m) => m.volunteers.missionsSpread,
  },
  {
    key: 'seat_bookings',
    label: 'Places de navette demandées',
    unit: '',
    higherIsBetter: null,
    value: (m) => m.shuttles.bookings,
  },
  {
    key: 'seats_served_pct',
    label: 'Places de navette servies',
    unit: '%',
    higherIsBetter: true,
    value: (m) => m.shuttles.servedPct,
  },
  {
    key: 'rounds_planned',
    label: 'Tournées planifiées',
    unit: '',
    higherIsBetter: null,
    value: (m) => m.shuttles.roundsPlanned,
  },
  {
    key: 'minibus_days',
    label: 'Jours-minibus',
    unit: '',
    higherIsBetter: null,
    value: (m) => m.shuttles.vehicleDays,
  },
  {
    key: 'minibus_km',
    label: 'Kilomètres des minibus',
    unit: 'km',
    higherIsBetter: null,
    value: (m) => m.shuttles.vehicleKm,
  },
  {
    key: 'shuttle_ride_minutes',
    label: 'Durée en navette (moyenne)',
    unit: 'min',
    higherIsBetter: false,
    value: (m) => m.shuttles.rideMinutes.mean,
  },
  {
    key: 'shuttle_on_time_pct',
    label: 'Passages de navette à l’heure annoncée',
    unit: '%',
    higherIsBetter: true,
    value: (m) => m.shuttles.pickupOnTimePct,
  },
  {
    key: 'minibus_eur',
    label: 'Coût des minibus',
    unit: '€',
    higherIsBetter: false,
    value: (m) => m.costs.minibusEur,
  },
  { key: 'total_eur', label: 'Coût total', unit: '€', higherIsBetter: false, value: (m) => m.costs.totalEur },
  {
    key: 'eur_per_trip',
    label: 'Coût par demande servie',
    unit: '€',
    higherIsBetter: false,
    value: (m) => m.costs.perServedTripEur,
  },
];

export interface ComparisonRow {
  key: string;
  label: string;
  unit: string;
  /** The difference's unit: points ('pts') between two shares in %, else the indicator's own. */
  differenceUnit: string;
  a: number | null;
  b: number | null;
  difference: number | null;
  differencePct: number | null;
  /** 'better' / 'worse' for scenario B against A, when the indicator has a direction. */
  verdict: 'better' | 'worse' | 'same' | null;
}

export interface Comparison {
  a: { name: string; metrics: Metrics };
  b: { name: string; metrics: Metrics };
  rows: ComparisonRow[];
  /** Unmet requests per commune in both scenarios (every commune that has some in either). */
  unmetByCommune: { commune: string; a: number; b: number; difference: number }[];
  unmetByReason: { reason: string; a: number; b: number; difference: number }[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** 28.8 % → 21.2 % is 7.6 points less, not 7.6 % less: the difference of two shares is in points. */
export const differenceUnitOf = (unit: string) => (unit === '%' ? 'pts' : unit);

export function compareMetrics(a: Metrics, b: Metrics): Comparison {
  const rows = INDICATORS.map((indicator): ComparisonRow => {
    const va = indicator.value(a);
    const vb = indicator.value(b);
    const difference = va === null || vb === null ? null : round2(vb - va);
    const differencePct =
      difference === null || !va ? null : Math.round((1000 * difference) / Math.abs(va)) / 10;
    const verdict =
      difference === null || indicator.higherIsBetter === null
        ? null
        : Math.abs(difference) < 0.05
          ? 'same'
          : difference > 0 === indicator.higherIsBetter
            ? 'better'
            : 'worse';
    return {
      key: indicator.key,
      label: indicator.label,
      unit: indicator.unit,
      differenceUnit: differenceUnitOf(indicator.unit),
      a: va,
      b: vb,
      difference,
      differencePct,
      verdict,
    };
  });
  const pairs = (x: Record<string, number>, y: Record<string, number>) =>
    [...new Set([...Object.keys(x), ...Object.keys(y)])]
      .map((k) => ({ k, a: x[k] ?? 0, b: y[k] ?? 0 }))
      .sort((p, q) => Math.max(q.a, q.b) - Math.max(p.a, p.b) || p.k.localeCompare(q.k));
  return {
    a: { name: a.scenario, metrics: a },
    b: { name: b.scenario, metrics: b },
    rows,
    unmetByCommune: pairs(a.unmet.byCommune, b.unmet.byCommune).map((p) => ({
      commune: p.k,
      a: p.a,
      b: p.b,
      difference: p.b - p.a,
    })),
    unmetByReason: pairs(a.unmet.byReason, b.unmet.byReason).map((p) => ({
      reason: p.k,
      a: p.a,
      b: p.b,
      difference: p.b - p.a,
    })),
  };
}

/** One metric set as rows, for a single scenario's CSV. */
export function metricsRows(
  m: Metrics,
): { key: string; label: string; unit: string; value: number | null }[] {
  return INDICATORS.map((i) => ({ key: i.key, label: i.label, unit: i.unit, value: i.value(m) }));
}

const csvCell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** French spreadsheet conventions: semicolons, decimal commas; a BOM so Excel reads UTF-8. */
const frNumber = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

export function comparisonCsv(c: Comparison): string {
  const lines = [
    ['indicateur', 'cle', 'unite', c.a.name, c.b.name, 'difference', 'difference_pct'].map(csvCell).join(';'),
  ];
  for (const row of c.rows) {
    lines.push(
      [
        row.label,
        row.key,
        row.unit,
        frNumber(row.a),
        frNumber(row.b),
        frNumber(row.difference),
        frNumber(row.differencePct),
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  for (const row of c.unmetByCommune) {
    lines.push(
      [`Non satisfaites à ${row.commune}`, `unmet_commune`, '', row.a, row.b, row.difference, '']
        .map(csvCell)
        .join(';'),
    );
  }
  for (const row of c.unmetByReason) {
    lines.push(
      [
        `Non satisfaites : ${unmetReasonLabel(row.reason)}`,
        `unmet_reason`,
        '',
        row.a,
        row.b,
        row.difference,
        '',
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function metricsCsv(m: Metrics): string {
  const lines = [['indicateur', 'cle', 'unite', m.scenario].map(csvCell).join(';')];
  for (const row of metricsRows(m))
    lines.push([row.label, row.key, row.unit, frNumber(row.value)].map(csvCell).join(';'));
  for (const [commune, n] of Object.entries(m.unmet.byCommune)) {
    lines.push([`Non satisfaites à ${commune}`, 'unmet_commune', '', n].map(csvCell).join(';'));
  }
  for (const [reason, n] of Object.entries(m.unmet.byReason)) {
    lines.push(
      [`Non satisfaites : ${unmetReasonLabel(reason)}`, 'unmet_reason', '', n].map(csvCell).join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
