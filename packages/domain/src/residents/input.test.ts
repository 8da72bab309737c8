import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { normalisePhoneList, parseInput, searchForm } from '../input';

const catchError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as ServiceError;
  }
  throw new Error('expected an error');
};

describe('parseInput', () => {
  it('lists every problem as a JSON pointer', () => {
    const schema = Type.Object(
      { name: Type.String({ minLength: 1 }), items: Type.Array(Type.Object({ n: Type.Integer() })) },
      { additionalProperties: false },
    );
    const error = catchError(() => parseInput(schema, { name: '', items: [{ n: 1.5 }], extra: true }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe('validation');
    expect(error.fields.map((f) => f.field).sort()).toEqual(['/extra', '/items/0/n', '/name']);
    const missing = catchError(() => parseInput(schema, {}));
    expect(missing.fields).toEqual([
      { field: '/name', message: 'is required' },
      { field: '/items', message: 'is required' },
    ]);
  });
});

describe('normalisePhoneList', () => {
  it('makes the first phone primary unless one is marked, and refuses two primaries', () => {
    expect(normalisePhoneList([{ number: '0612345678' }, { number: '0297261138', isPrimary: true }])).toEqual(
      [
        { e164: '+33612345678', kind: 'mobile', isPrimary: false },
        { e164: '+33297261138', kind: 'landline', isPrimary: true },
      ],
    );
    expect(normalisePhoneList([{ number: '0612345678' }])[0]!.isPrimary).toBe(true);
    const error = catchError(() =>
      normalisePhoneList([
        { number: '0612345678', isPrimary: true },
        { number: '0297261138', isPrimary: true },
      ]),
    );
    expect(error.fields).toEqual([{ field: '/phones', message: 'at most one phone may be primary' }]);
  });
});

describe('searchForm', () => {
  it('drops case, accents and punctuation', () => {
    expect(searchForm('  Marché de l’Église  ')).toBe('marche de l eglise');
  });
});
