import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { contactFor } from '../messages/contact';
import { acknowledgement } from './acknowledgement';
import { assertTransition, canTransition, rideRequestTransitions } from './transitions';

describe('ride request transitions', () => {
  it('allows the lifecycle forward and back to matching, never out of a final state', () => {
    expect(canTransition('received', 'matching')).toBe(true);
    expect(canTransition('offered', 'matching')).toBe(true);
    expect(canTransition('matched', 'completed')).toBe(true);
    expect(canTransition('received', 'completed')).toBe(false);
    for (const final of ['completed', 'cancelled'] as const) {
      expect(rideRequestTransitions[final]).toEqual([]);
    }
    // Staff who find a driver by hand after the deadline may still assign one; nothing else leaves unmet.
    expect(rideRequestTransitions.unmet).toEqual(['matched']);
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

  it('tells the destination and the day in full, in the territory time zone, never the address', () => {
    const request = {
      id: '6f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11',
      destinationLabel: 'Gare de Questembert',
      destinationPlaceId: '0f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11',
      requestedTime: new Date('2026-12-07T08:30:00Z'),
    };
    expect(acknowledgement(request, 'Europe/Paris').sms).toBe(
      'Solimob : votre demande de trajet vers Gare de Questembert le lundi 7 décembre à 9 h 30 est bien enregistrée. Nous vous confirmons le chauffeur dès que possible.',
    );
    const summer = { ...request, requestedTime: new Date('2026-07-06T08:30:00Z') };
    expect(acknowledgement(summer, 'Europe/Paris').voice).toContain('le lundi 6 juillet à 10 h 30');
    const address = { ...request, destinationLabel: '12 rue des Lilas', destinationPlaceId: null };
    expect(acknowledgement(address, 'Europe/Paris').sms).toBe(
      'Solimob : votre demande de trajet le lundi 7 décembre à 9 h 30 est bien enregistrée. Nous vous confirmons le chauffeur dès que possible.',
    );
  });
});
