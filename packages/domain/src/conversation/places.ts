import { type DbOrTx, type Place, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { normaliseForMatching } from './parse/normalise';

/**
 * The territory's place a resident names ("chez le medecin", "à la gare de Malansac"): the place
 * with the longest name or alias contained in the parser's hint, word for word. "berric" alone names
 * a commune, not a place: it matches nothing, and the conversation asks where exactly.
 */
export async function matchPlace(
  db: DbOrTx,
  territoryId: string,
  hint: string | null,
): Promise<Place | undefined> {
  if (!hint) return undefined;
  const places = await db
    .select()
    .from(schema.places)
    .where(and(eq(schema.places.territoryId, territoryId), eq(schema.places.active, true)));
  const words = ` ${normaliseForMatching(hint)} `;
  let best: { place: Place; length: number } | undefined;
  for (const place of places) {
    for (const alias of [place.name, ...place.aliases]) {
      const folded = normaliseForMatching(alias).trim();
      if (folded && words.includes(` ${folded} `) && folded.length > (best?.length ?? 0)) {
        best = { place, length: folded.length };
      }
    }
  }
  return best?.place;
}

/** The trip purpose recorded on a request made by SMS or phone, from the kind of place (never asked). */
export function purposeOfPlace(place: Pick<Place, 'kind'>) {
  switch (place.kind) {
    case 'doctor':
    case 'health_centre':
    case 'hospital':
    case 'pharmacy':
      return 'health' as const;
    case 'market':
      return 'market' as const;
    case 'shop':
      return 'shopping' as const;
    case 'france_services':
    case 'town_hall':
      return 'administrative' as const;
    case 'social_venue':
      return 'social' as const;
    default:
      return 'other' as const;
  }
}
