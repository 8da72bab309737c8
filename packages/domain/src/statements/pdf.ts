import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import type { MonthlyStatement } from './monthly';

const euros = (value: number) => `${value.toFixed(2).replace('.', ',')} €`;
const kilometres = (value: number) => `${value.toFixed(1).replace('.', ',')} km`;
const rate = (value: number) => `${value.toFixed(3).replace('.', ',')} €/km`;

/**
 * The rule, in the words printed under the table. The rate itself is territory data (the seed file
 * keeps its sources); the rule is cited in the README.
 */
export const MILEAGE_RULE_NOTE =
  'Indemnités kilométriques des bénévoles : depuis les frais de 2022, le barème applicable est le barème ' +
  "kilométrique de l'article 83 du code général des impôts (loi n° 2022-1157 du 16 août 2022, art. 21, " +
  "modifiant l'article 200 du CGI). Le taux appliqué est celui retenu par le territoire le jour du trajet. " +
  "Un bénévole qui renonce au remboursement de ces frais peut bénéficier de la réduction d'impôt de " +
  "l'article 200 du CGI, sur reçu de l'association.";

/** The statement as a printable A4 PDF (pdfkit: standard Helvetica, a table, totals, the rule). */
export function statementPdf(statement: MonthlyStatement): Promise<Buffer> {
  const monthLabel = DateTime.fromISO(`${statement.month}-01`).setLocale('fr').toFormat('LLLL yyyy');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: {
      Title: `Relevé kilométrique ${statement.month} - ${statement.volunteer.firstName} ${statement.volunteer.lastName}`,
      Author: statement.territoryName,
      Creator: 'Solimob',
      CreationDate: statement.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(16).text("Relevé d'indemnités kilométriques");
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(11);
  doc.text(`${statement.territoryName} — transport solidaire`);
  doc.text(`Bénévole : ${statement.volunteer.firstName} ${statement.volunteer.lastName}`);
  doc.text(`Mois : ${monthLabel}`);
  doc.moveDown();

  const header = ['Date', 'Heure', 'Trajet', 'Départ', 'Arrivée', 'Distance', 'Taux', 'Montant'].map(
    (text) => ({
      text,
      font: { src: 'Helvetica-Bold' },
      backgroundColor: '#eeeeee',
    }),
  );
  const rows = statement.rows.map((r) => [
    DateTime.fromISO(r.date).toFormat('dd/MM/yyyy'),
    r.time.replace(':', ' h '),
    r.code,
    r.from,
    r.to,
    r.km === null ? 'à mesurer' : kilometres(r.km),
    rate(r.rateEurPerKm),
    r.amountEur === null ? '—' : euros(r.amountEur),
  ]);
  const total = [
    { text: `Total : ${statement.totals.trips} trajet${statement.totals.trips > 1 ? 's' : ''}`, colSpan: 5 },
    kilometres(statement.totals.km),
    '',
    euros(statement.totals.amountEur),
  ].map((cell) =>
    typeof cell === 'string'
      ? { text: cell, font: { src: 'Helvetica-Bold' } }
      : { ...cell, font: { src: 'Helvetica-Bold' } },
  );
  doc.fontSize(9).table({
    columnStyles: [58, 40, 40, '*', '*', 58, 58, 58],
    data: [header, ...rows, total],
  });

  doc.moveDown();
  doc.fontSize(9).font('Helvetica');
  if (statement.totals.pending > 0) {
    doc.text(
      `${statement.totals.pending} trajet(s) en attente de mesure de distance, hors total : ils figureront sur le prochain relevé édité.`,
    );
    doc.moveDown(0.5);
  }
  doc.text(MILEAGE_RULE_NOTE, { align: 'justify' });
  doc.moveDown(0.5);
  doc.text(
    `Distances mesurées sur le réseau routier, du domicile du bénévole au domicile, arrondies à 100 m ; montants arrondis au centime par trajet. Édité le ${DateTime.fromJSDate(statement.generatedAt, { zone: statement.timeZone }).setLocale('fr').toFormat('d LLLL yyyy')}.`,
  );
  doc.moveDown(2);
  doc.text('Signature du bénévole :                                        Visa du CIAS :');
  doc.end();
  return done;
}
