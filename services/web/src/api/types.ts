import type { operations } from './schema';

/** The JSON body an operation answers with on success (200 or 201). */
type SuccessBody<Op> = Op extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never;
export type ResponseOf<Id extends keyof operations> = SuccessBody<operations[Id]>;
export type BodyOf<Id extends keyof operations> = operations[Id] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;
export type QueryOf<Id extends keyof operations> = operations[Id] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

export type Session = ResponseOf<'getCurrentSession'>;
export type StaffUser = Session['user'];
export type Resident = ResponseOf<'getResident'>;
export type ResidentInput = BodyOf<'createResident'>;
export type ResidentPatch = BodyOf<'updateResident'>;
export type Volunteer = ResponseOf<'getVolunteer'>;
export type VolunteerInput = BodyOf<'createVolunteer'>;
export type VolunteerPatch = BodyOf<'updateVolunteer'>;
export type Availability = Volunteer['availabilities'][number];
export type Absence = Volunteer['absences'][number];
export type Commune = ResponseOf<'listCommunes'>['items'][number];
export type Place = ResponseOf<'getPlace'>;
export type RideRequest = ResponseOf<'getRideRequest'>;
export type RideRequestInput = BodyOf<'createRideRequest'>;
export type StaffTask = ResponseOf<'resolveStaffTask'>;
export type Message = ResponseOf<'listMessages'>['items'][number];
export type Phone = Resident['phones'][number];
export type MobilityNeed = Resident['mobilityNeeds'][number];
export type ContactChannel = Resident['preferredChannel'];
export type PersonStatus = Resident['status'];
export type RideRequestStatus = RideRequest['status'];
export type TripPurpose = RideRequest['purpose'];
export type TimeAnchor = RideRequest['timeAnchor'];
export type PlaceKind = Place['kind'];
export type StaffTaskKind = StaffTask['kind'];
export type MessageStatus = Message['status'];
export type StaffRole = StaffUser['role'];

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
