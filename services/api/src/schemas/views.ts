import {
  contactChannelValues,
  messageChannelValues,
  messageDirectionValues,
  messageStatusValues,
  mobilityNeedValues,
  personStatusValues,
  placeKindValues,
  rideRequestStatusValues,
  staffRoleValues,
  staffTaskKindValues,
  staffTaskStatusValues,
  timeAnchorValues,
  tripPurposeValues,
} from '@solimob/domain';
import Type from 'typebox';
import { DateTime, LocationOut, Nullable, PhoneOut, Uuid } from './common';

/** Response bodies. They mirror the domain's *View types; the serializer drops anything not listed. */

export const CommuneOut = Type.Object({
  id: Uuid,
  name: Type.String(),
  inseeCode: Type.String(),
  postalCode: Type.String(),
  location: LocationOut,
  zone: Type.String(),
});

export const ResidentOut = Type.Object({
  id: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  communeId: Uuid,
  addressLine: Type.String(),
  location: LocationOut,
  mobilityNeeds: Type.Array(Type.Enum(mobilityNeedValues)),
  preferredChannel: Type.Enum(contactChannelValues),
  consent: Nullable(Type.Object({ at: DateTime, source: Nullable(Type.String()) })),
  status: Type.Enum(personStatusValues),
  accessNote: Nullable(Type.String()),
  phones: Type.Array(PhoneOut),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const VolunteerOut = Type.Object({
  id: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  communeId: Uuid,
  homeLocation: LocationOut,
  seats: Type.Integer(),
  wheelchairCapable: Type.Boolean(),
  servedCommuneIds: Type.Array(Uuid),
  maxDistanceKm: Nullable(Type.Integer()),
  monthlyTripCap: Nullable(Type.Integer()),
  active: Type.Boolean(),
  phones: Type.Array(PhoneOut),
  availabilities: Type.Array(
    Type.Object({ weekday: Type.Integer(), start: Type.String(), end: Type.String() }),
  ),
  absences: Type.Array(
    Type.Object({ startsOn: Type.String({ format: 'date' }), endsOn: Type.String({ format: 'date' }) }),
  ),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const PlaceOut = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.Enum(placeKindValues),
  communeId: Nullable(Uuid),
  address: Nullable(Type.String()),
  location: LocationOut,
  aliases: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

const EndpointOut = Type.Object({
  placeId: Nullable(Uuid),
  label: Type.String(),
  lat: Type.Number(),
  lon: Type.Number(),
});

export const RideRequestOut = Type.Object({
  id: Uuid,
  residentId: Uuid,
  origin: EndpointOut,
  destination: EndpointOut,
  timeAnchor: Type.Enum(timeAnchorValues),
  requestedTime: DateTime,
  toleranceMinutes: Type.Integer(),
  returnTime: Nullable(DateTime),
  returnWaitMinutes: Nullable(Type.Integer()),
  passengers: Type.Integer(),
  needs: Type.Array(Type.Enum(mobilityNeedValues)),
  purpose: Type.Enum(tripPurposeValues),
  channel: Type.Enum(['sms', 'voice', 'staff', 'web', 'api']),
  status: Type.Enum(rideRequestStatusValues),
  statusReason: Nullable(Type.String()),
  createdByStaffId: Nullable(Uuid),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const StaffUserOut = Type.Object({
  id: Uuid,
  territoryId: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(staffRoleValues),
  active: Type.Boolean(),
  lastLoginAt: Nullable(DateTime),
  createdAt: DateTime,
  /** A partner's communes: the only residents it sees and books for. Empty for the other roles. */
  communeIds: Type.Array(Uuid),
});

export const StaffTaskOut = Type.Object({
  id: Uuid,
  kind: Type.Enum(staffTaskKindValues),
  status: Type.Enum(staffTaskStatusValues),
  summary: Type.String(),
  residentId: Nullable(Uuid),
  volunteerDriverId: Nullable(Uuid),
  phone: Nullable(Type.String({ description: 'Number to call back (E.164)' })),
  linkedEntity: Nullable(Type.Object({ type: Type.String(), id: Uuid })),
  recording: Nullable(Type.Object({ url: Type.String(), seconds: Nullable(Type.Integer()) })),
  dueAt: Nullable(DateTime),
  createdAt: DateTime,
  resolvedAt: Nullable(DateTime),
  resolvedByStaffId: Nullable(Uuid),
  resolutionNote: Nullable(Type.String()),
});

export const MessageOut = Type.Object({
  id: Uuid,
  direction: Type.Enum(messageDirectionValues),
  channel: Type.Enum(messageChannelValues),
  counterpartPhone: Type.String({ description: "The other party's number (E.164)" }),
  body: Type.String({ description: 'Text sent or received; for a call, what was read out' }),
  status: Type.Enum(messageStatusValues),
  errorCode: Nullable(Type.String({ description: "The provider's error code when sending failed" })),
  template: Nullable(Type.String({ description: "Which template produced it, e.g. 'ride.acknowledgement'" })),
  residentId: Nullable(Uuid),
  volunteerDriverId: Nullable(Uuid),
  linkedEntity: Nullable(Type.Object({ type: Type.String(), id: Uuid })),
  attempts: Type.Integer(),
  createdAt: DateTime,
  sentAt: Nullable(DateTime),
  updatedAt: DateTime,
});
