import type * as s from './schema';

export type Territory = typeof s.territories.$inferSelect;
export type Commune = typeof s.communes.$inferSelect;
export type Place = typeof s.places.$inferSelect;
export type Resident = typeof s.residents.$inferSelect;
export type ResidentPhone = typeof s.residentPhones.$inferSelect;
export type VolunteerDriver = typeof s.volunteerDrivers.$inferSelect;
export type VolunteerPhone = typeof s.volunteerPhones.$inferSelect;
export type VolunteerAvailability = typeof s.volunteerAvailabilities.$inferSelect;
export type VolunteerAbsence = typeof s.volunteerAbsences.$inferSelect;
export type RideRequest = typeof s.rideRequests.$inferSelect;
export type Trip = typeof s.trips.$inferSelect;
export type Offer = typeof s.offers.$inferSelect;
export type ShuttleLine = typeof s.shuttleLines.$inferSelect;
export type ShuttleStop = typeof s.shuttleStops.$inferSelect;
export type ShuttleRound = typeof s.shuttleRounds.$inferSelect;
export type SeatBooking = typeof s.seatBookings.$inferSelect;
export type Message = typeof s.messages.$inferSelect;
export type StaffUser = typeof s.staffUsers.$inferSelect;
export type StaffSession = typeof s.staffSessions.$inferSelect;
export type AuditEntry = typeof s.auditLog.$inferSelect;
export type OutboxRow = typeof s.outbox.$inferSelect;

export type StaffRole = StaffUser['role'];
export type MobilityNeed = Resident['mobilityNeeds'][number];
export type PhoneKind = ResidentPhone['kind'];
