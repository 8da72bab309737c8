import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { acknowledgementText, contactFor, frenchDateTime } from './acknowledgement';
import { assertTransition, canTransition, rideRequestTransitions } from './transitions';

describe('ride request transitions', () => {
  it('allows the lifecycle forward and back to matching, never out of a final state', () => {
    expect(canTransition('received', 'matching')).toBe(true);
    expect(canTransition('offered', 'matching')).toBe(true);
    expect(canTransition('matched', 'completed')).toBe(true);
    expect(canTransition('received', 'completed')).toBe(false);
    for (const final of ['completed', 'cancelled', 'unmet'] as const) {
      expect(rideRequestTransitions[final]).toEqual([]);
    }
    expect(() => assertTransition('completed', 'cancelled')).toThrow(ServiceError);
  });
});

describe('acknowledgement', () => {
  const mobile = { e164: '+33611223344', kind: 'mobile' as const, isPrimary: false };
  const landline = { e164: '+33297261138', kind: 'landline' as const, isPrimary: true };

  it('texts a mobile, calls a landline, stays silent for staff-only residents', () => {
    expect(contactFor({ preferredChannel: 'sms' }, [landline, mobile])).toEqual({
      channel: 'sms',
      to: mobile.e164,
    });
    expect(contactFor({ preferredChannel: 'voice' }, [mobile, landline])).toEqual({
      channel: 'voice',
      to: landline.e164,
    });
    expect(contactFor({ preferredChannel: 'voice' }, [mobile])).toEqual({
      channel: 'voice',
      to: mobile.e164,
    });
    expect(contactFor({ preferredChannel: 'staff' }, [mobile])).toBeUndefined();
    expect(contactFor({ preferredChannel: 'sms' }, [])).toBeUndefined();
  });

  it('formats dates in French in the territory time zone, across the DST change', () => {
    expect(frenchDateTime(new Date('2026-12-07T08:30:00Z'), 'Europe/Paris')).toBe('lundi 7 décembre à 09:30');
    expect(frenchDateTime(new Date('2026-07-06T08:30:00Z'), 'Europe/Paris')).toBe('lundi 6 juillet à 10:30');
    expect(
      acknowledgementText('sms', 'Gare de Questembert', new Date('2026-12-07T08:30:00Z'), 'Europe/Paris'),
    ).toBe(
      'Solimob : votre demande de trajet vers Gare de Questembert le lundi 7 décembre à 09:30 est bien enregistrée. Nous vous confirmons le chauffeur dès que possible.',
    );
  });
});
