import { describe, expect, it } from 'vitest';
import { ApiError, frenchFieldMessage } from './errors';

describe('API errors in French', () => {
  it('turns the error body into a French message and French field messages by pointer', () => {
    const error = ApiError.fromBody(400, {
      error: {
        code: 'validation',
        message: '/phones/0/number: invalid phone number (too short); /requestedTime: must be in the future',
        fields: [
          { field: '/phones/0/number', message: 'invalid phone number (too short)' },
          { field: '/requestedTime', message: 'must be in the future' },
          { field: '/firstName', message: 'must NOT have fewer than 1 characters' },
        ],
      },
    });
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Certaines informations sont à corriger : voir les champs signalés.');
    expect(error.fields).toEqual({
      '/phones/0/number': 'Numéro de téléphone non valide.',
      '/requestedTime': 'Doit être dans le futur.',
      '/firstName': 'Obligatoire.',
    });
  });

  it('quotes the request id of a server error and has a French word for every code', () => {
    const internal = ApiError.fromBody(500, {
      error: { code: 'internal', message: 'Internal error', requestId: 'r-42' },
    });
    expect(internal.message).toBe('Erreur inattendue du serveur. Référence à communiquer : r-42.');
    expect(ApiError.fromBody(502, undefined).code).toBe('internal');
    expect(ApiError.network().message).toMatch(/^Impossible de joindre le serveur/);
    for (const code of [
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'rate_limited',
      'unavailable',
    ]) {
      expect(ApiError.fromBody(400, { error: { code, message: 'x' } }).message).not.toMatch(
        /[a-z]+_[a-z]+|server/,
      );
    }
  });

  it('says something French for a message it does not know', () => {
    expect(frenchFieldMessage('some brand new rule')).toBe('Valeur non valide.');
    expect(frenchFieldMessage('is required when no placeId is given')).toBe(
      'Choisissez un lieu ou saisissez une adresse.',
    );
  });
});
