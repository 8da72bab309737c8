import PDFDocument from 'pdfkit';
import type { RouteSheet, RouteSheetRow } from './route-sheet';

/*
 * The driver's route sheet as a printable A4 PDF (pdfkit, built-in Helvetica: no font files to ship).
 * Large type for reading in a minibus: 22 pt titles, 15 pt for who and when, 13 pt for the rest. One
 * section per leg and vehicle, each followed by a simple map of its route (the road line and the
 * numbered stops, north up), so a driver without GPS sees the shape of the round.
 */

const MARGIN = 40;
const A4 = { width: 595.28, height: 841.89 };
const CONTENT_WIDTH = A4.width - 2 * MARGIN;

export async function renderRouteSheetPdf(sheet: RouteSheet): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${sheet.title} – ${sheet.day}`, Author: 'Solimob' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, sheet);
  for (const leg of sheet.legs) {
    for (const vehicle of leg.vehicles) {
      vehicleSection(doc, `${leg.title} – ${vehicle.name}`, vehicle);
      routeMap(doc, `${leg.title} – ${vehicle.name} : plan simplifié`, vehicle.rows, vehicle.geometry);
    }
  }
  if (sheet.legs.every((leg) => leg.vehicles.length === 0)) {
    doc.font('Helvetica').fontSize(15).text('Pas encore de plan pour cette navette.');
  }
  if (sheet.unserved.length > 0) unservedSection(doc, sheet);
  doc.end();
  return done;
}

function header(doc: PDFKit.PDFDocument, sheet: RouteSheet): void {
  doc.font('Helvetica-Bold').fontSize(22).text(sheet.title);
  doc.font('Helvetica-Bold').fontSize(18).text(capitalise(sheet.day));
  doc
    .font('Helvetica')
    .fontSize(14)
    .text(
      `Arrivée au marché ${sheet.arrivalTime}, départ ${sheet.departureTime}. ${sheet.market.name}${sheet.market.address ? `, ${sheet.market.address}` : ''}.`,
    )
    .text(`Plan n° ${sheet.planVersion}`);
  doc.moveDown(0.8);
}

function vehicleSection(
  doc: PDFKit.PDFDocument,
  title: string,
  vehicle: RouteSheet['legs'][number]['vehicles'][number],
): void {
  if (doc.y > A4.height - 200) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(20).text(title);
  doc
    .font('Helvetica')
    .fontSize(13)
    .text(`Départ ${vehicle.departAt}, fin ${vehicle.returnAt}, ${formatKm(vehicle.distanceKm)} km`);
  doc.moveDown(0.5);
  for (const row of vehicle.rows) stopRow(doc, row);
  doc.moveDown(0.5);
}

function stopRow(doc: PDFKit.PDFDocument, row: RouteSheetRow): void {
  if (doc.y > A4.height - 110) doc.addPage();
  const top = doc.y;
  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(`${row.order}.  ${row.time}  ${row.action} ${row.who}`, MARGIN, top, {
      width: CONTENT_WIDTH,
    });
  doc
    .font('Helvetica')
    .fontSize(13)
    .text(row.place, MARGIN + 24, doc.y, { width: CONTENT_WIDTH - 24 });
  const details = [
    row.phone ? `Tél. ${row.phone}` : null,
    row.needs.length > 0 ? row.needs.join(', ') : null,
    row.note ? `Note : ${row.note}` : null,
  ].filter((d): d is string => d !== null);
  if (details.length > 0) doc.text(details.join('  ·  '), MARGIN + 24, doc.y, { width: CONTENT_WIDTH - 24 });
  doc.moveDown(0.4);
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(A4.width - MARGIN, doc.y)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc.moveDown(0.4);
}

/** The route drawn on its own page: geometry scaled into a square, stops as numbered discs. */
function routeMap(
  doc: PDFKit.PDFDocument,
  title: string,
  rows: RouteSheetRow[],
  geometry: [number, number][],
): void {
  const points = [...geometry, ...rows.map((r): [number, number] => [r.point.lon, r.point.lat])];
  if (points.length < 2) return;
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(title);
  const box = { x: MARGIN, y: doc.y + 10, size: CONTENT_WIDTH };
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  // Longitude degrees shrink with latitude: scale them so the map keeps its shape.
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * xScale, 1e-4);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 1e-4);
  const scale = (box.size - 40) / Math.max(spanX, spanY);
  const project = ([lon, lat]: [number, number]) => ({
    x: box.x + 20 + (lon - Math.min(...lons)) * xScale * scale,
    y: box.y + 20 + (Math.max(...lats) - lat) * scale,
  });
  doc.rect(box.x, box.y, box.size, box.size).lineWidth(1).strokeColor('#666666').stroke();
  if (geometry.length > 1) {
    const [first, ...rest] = geometry.map(project);
    doc.moveTo(first!.x, first!.y);
    for (const p of rest) doc.lineTo(p.x, p.y);
    doc.lineWidth(2).strokeColor('#1f4e9c').stroke();
  }
  // Rows at the same place (a stop, the market) share one marker labelled with all their numbers.
  const markers = new Map<string, { point: [number, number]; orders: number[] }>();
  for (const row of rows) {
    const key = `${row.point.lat.toFixed(5)},${row.point.lon.toFixed(5)}`;
    const marker = markers.get(key) ?? { point: [row.point.lon, row.point.lat], orders: [] };
    marker.orders.push(row.order);
    markers.set(key, marker);
  }
  doc.font('Helvetica-Bold').fontSize(10);
  for (const marker of markers.values()) {
    const p = project(marker.point);
    const label = marker.orders.join(', ');
    const width = Math.max(18, doc.widthOfString(label) + 8);
    doc.roundedRect(p.x - width / 2, p.y - 9, width, 18, 9).fillAndStroke('white', 'black');
    doc
      .fillColor('black')
      .text(label, p.x - width / 2, p.y - 4, { width, align: 'center', lineBreak: false });
  }
  doc.fillColor('black').strokeColor('black');
  doc.x = MARGIN;
  doc.y = box.y + box.size + 10;
  doc.font('Helvetica').fontSize(12).text('Nord en haut. Les numéros sont ceux de la liste.');
}

function unservedSection(doc: PDFKit.PDFDocument, sheet: RouteSheet): void {
  doc.font('Helvetica-Bold').fontSize(18).text('Sans place dans le plan (voir le CIAS)');
  doc.font('Helvetica').fontSize(14);
  for (const person of sheet.unserved)
    doc.text(`${person.who}${person.phone ? ` – Tél. ${person.phone}` : ''}`);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const formatKm = (km: number) => km.toFixed(1).replace('.', ',');
