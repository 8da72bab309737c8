export { createVolunteer } from './create';
export { getVolunteer, ListVolunteersQuery, listVolunteers } from './get';
export { Absence, Availability, CreateVolunteerInput, UpdateVolunteerInput } from './schemas';
export { deactivateVolunteer, updateVolunteer } from './update';
export type { VolunteerView } from './view';
