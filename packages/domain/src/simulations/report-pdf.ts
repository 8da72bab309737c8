import PDFDocument from 'pdfkit';
import type { Comparison } from './compare';

/*
 * The printable comparison, in French, for staff and elected officials: what was compared, the table
 * of indicators with the difference, and bar charts (served share, unmet requests per commune, costs)
 * drawn as vectors with pdfkit, as the route sheets and statements are.
 */

const COLOURS = { a: '#5b7083', b: '#d9822b', better: '#1d7a3a', worse: '#b3261e', grid: '#cccccc' };

const fr = (value: number | null, unit = '') => {
  if (value === null) return '—';
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');
  return unit ? `${text} ${unit}` : text;
};
const signed = (value: number | null, unit = '') =>
  value === null ? '—' : `${value > 0 ? '+' : ''}${fr(value, unit)}`;

export interface ReportContext {
  territoryName: string;
  generatedAt: Date;
  /** One line per scenario describing what it changes. */
  descriptions: { a: string; b: string };
}

export function comparisonPdf(c: Comparison, context: ReportContext): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 42,
    info: {
      Title: `Simulation : ${c.a.name} / ${c.b.name}`,
      Author: context.territoryName,
      Creator: 'Solimob — simulateur',
      CreationDate: context.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const period = c.a.metrics.period;
  doc.font('Helvetica-Bold').fontSize(18).text('Simulation : comparaison de deux scénarios');
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(10.5).fillColor('black');
  doc.text(
    `${context.territoryName} — période de ${period.days} jours à partir du ${frenchDate(period.start)}.`,
  );
  doc.text(
    'Chiffres simulés avec le code réel de mise en relation et de planification, sur une copie jetable des données : ' +
      'ce sont des ordres de grandeur pour éclairer une décision, pas des prévisions.',
  );
  doc.moveDown(0.5);
  legendLine(doc, COLOURS.a, `A — ${c.a.name} : ${context.descriptions.a}`);
  legendLine(doc, COLOURS.b, `B — ${c.b.name} : ${context.descriptions.b}`);
  doc.moveDown(0.6);

  // ---- Table
  const left = doc.page.margins.left;
  const widths = [215, 70, 70, 80, 76];
  const header = ['Indicateur', 'A', 'B', 'Écart (B − A)', 'Écart %'];
  let y = doc.y;
  const rowHeight = 15;
  const drawRow = (cells: string[], opts: { bold?: boolean; fill?: string; colour?: string }) => {
    if (y + rowHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    if (opts.fill)
      doc
        .rect(
          left,
          y,
          widths.reduce((a, b) => a + b, 0),
          rowHeight,
        )
        .fill(opts.fill);
    let x = left;
    cells.forEach((cell, i) => {
      doc
        .font(opts.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9)
        .fillColor(i >= 3 && opts.colour ? opts.colour : 'black')
        .text(cell, x + 3, y + 3.5, {
          width: widths[i]! - 6,
          align: i === 0 ? 'left' : 'right',
          lineBreak: false,
        });
      x += widths[i]!;
    });
    y += rowHeight;
  };
  drawRow(header, { bold: true, fill: '#eeeeee' });
  c.rows.forEach((row, i) => {
    const colour =
      row.verdict === 'better' ? COLOURS.better : row.verdict === 'worse' ? COLOURS.worse : undefined;
    drawRow(
      [
        row.label,
        fr(row.a, row.unit),
        fr(row.b, row.unit),
        signed(row.difference, row.differenceUnit),
        row.differencePct === null ? '—' : `${signed(row.differencePct)} %`,
      ],
      { ...(i % 2 === 1 ? { fill: '#f7f7f7' } : {}), ...(colour ? { colour } : {}) },
    );
  });
  doc.fillColor('black').fontSize(8).font('Helvetica');
  doc.text('En vert : B fait mieux que A ; en rouge : B fait moins bien.', left, y + 4);

  // ---- Charts
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(13).fillColor('black').text('Part des demandes servies (%)');
  const served = ['served_pct', 'rides_served_pct', 'seats_served_pct'].map(
    (key) => c.rows.find((r) => r.key === key)!,
  );
  barChart(doc, {
    groups: served.map((r) => ({ label: r.label, a: r.a ?? 0, b: r.b ?? 0 })),
    max: 100,
    unit: '%',
  });
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(13).fillColor('black').text('Demandes non satisfaites par commune');
  const communes = c.unmetByCommune.slice(0, 13);
  if (communes.length === 0) doc.font('Helvetica').fontSize(10).text('Aucune demande non satisfaite.');
  else barChart(doc, { groups: communes.map((r) => ({ label: r.commune, a: r.a, b: r.b })), unit: '' });
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(13).fillColor('black').text('Coûts de la période (€)');
  const costs = ['mileage_eur', 'minibus_eur', 'total_eur'].map((key) => c.rows.find((r) => r.key === key)!);
  barChart(doc, { groups: costs.map((r) => ({ label: r.label, a: r.a ?? 0, b: r.b ?? 0 })), unit: '€' });

  doc.end();
  return done;
}

function legendLine(doc: PDFKit.PDFDocument, colour: string, text: string) {
  const y = doc.y;
  doc.rect(doc.page.margins.left, y + 2, 9, 9).fill(colour);
  doc.fillColor('black').text(text, doc.page.margins.left + 14, y, { width: 480 });
  doc.x = doc.page.margins.left;
}

/** Horizontal grouped bars (A above B), labels on the left, values at the end of each bar. */
function barChart(
  doc: PDFKit.PDFDocument,
  chart: { groups: { label: string; a: number; b: number }[]; max?: number; unit: string },
) {
  const left = doc.page.margins.left;
  const labelWidth = 170;
  const plotWidth = 300;
  const barHeight = 8;
  const max = chart.max ?? Math.max(1, ...chart.groups.flatMap((g) => [g.a, g.b]));
  let y = doc.y + 6;
  if (y + chart.groups.length * 24 > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  for (const group of chart.groups) {
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('black')
      .text(group.label, left, y + 3, { width: labelWidth - 8, lineBreak: false });
    for (const [i, key] of (['a', 'b'] as const).entries()) {
      const value = group[key];
      const width = Math.max(0.5, (value / max) * plotWidth);
      const by = y + i * (barHeight + 1);
      doc.rect(left + labelWidth, by, width, barHeight).fill(COLOURS[key]);
      doc
        .fillColor('black')
        .fontSize(7.5)
        .text(`${key.toUpperCase()} ${fr(value, chart.unit)}`, left + labelWidth + width + 4, by, {
          lineBreak: false,
        });
    }
    y += 2 * barHeight + 8;
  }
  doc.moveTo(left + labelWidth, doc.y).strokeColor(COLOURS.grid);
  doc.x = left;
  doc.y = y + 4;
}

const frenchDate = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
