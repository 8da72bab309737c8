import { and, type Column, type SQL, sql } from 'drizzle-orm';
import { searchForm } from '../input';

/*
 * The search box staff type into when someone calls: a name ("le goff", "Hélène") or the number on the
 * caller display in any French format ("06 39 98 00 01", "0639980001", "+33 6 39…"), matched from its
 * start so a few digits already narrow the list.
 */

/**
 * The E.164 prefix a fully or partly typed phone number stands for ('06 39 98' → '+336398'), or
 * undefined when the text is not a phone number. Numbers without a country code are French.
 */
export function phoneSearchPrefix(text: string): string | undefined {
  const compact = text.trim().replace(/[\s.\-()/]/g, '');
  if (!/^\+?[0-9]{2,}$/.test(compact)) return undefined;
  if (compact.startsWith('+')) return compact;
  if (compact.startsWith('00')) return `+${compact.slice(2)}`;
  if (compact.startsWith('0')) return `+33${compact.slice(1)}`;
  if (/^33[1-9][0-9]{8}$/.test(compact)) return `+${compact}`;
  return `+33${compact}`;
}

/**
 * Every word of the term must appear in the person's names, ignoring case and accents: "marie le goff"
 * finds Marie-Thérèse Le Goff. `searchName` is the stored, folded "first last" (trigram-indexed).
 */
export function nameMatches(term: string, searchName: Column): SQL | undefined {
  const words = searchForm(term).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`${searchName} like ${`%${word}%`}`));
}

/**
 * `like '<prefix>%'` on an E.164 column, served by the btree index with text_pattern_ops on
 * (territory_id, e164). The pattern is written into the SQL rather than bound: the planner turns a
 * literal prefix into an index range, which a generic plan for a bound parameter cannot. Safe because
 * the prefix is checked to be '+' and digits only.
 */
export function phoneStartsWith(e164: Column, prefix: string): SQL {
  if (!/^\+[0-9]+$/.test(prefix)) throw new Error(`not a phone prefix: ${prefix}`);
  return sql`${e164} like ${sql.raw(`'${prefix}%'`)}`;
}
