import { type DbOrTx, type Place, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../errors';
import { searchForm } from '../input';

export interface PlaceView {
  id: string;
  name: string;
  kind: Place['kind'];
  communeId: string | null;
  address: string | null;
  location: { lat: number; lon: number };
  aliases: string[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const toPlaceView = (p: Place): PlaceView => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  communeId: p.communeId,
  address: p.address,
  location: { lat: p.lat, lon: p.lon },
  aliases: p.aliases,
  active: p.active,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

export const normaliseAliases = (aliases: string[]) => [
  ...new Set(aliases.map(searchForm).filter((a) => a.length > 0)),
];

export async function findPlace(db: DbOrTx, territoryId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(schema.places)
    .where(and(eq(schema.places.id, id), eq(schema.places.territoryId, territoryId)));
  const [place] = forUpdate ? await query.for('update') : await query;
  if (!place) throw notFound('Place', id);
  return place;
}
