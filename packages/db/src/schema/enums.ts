import { pgEnum } from 'drizzle-orm/pg-core';

export const phoneKind = pgEnum('phone_kind', ['mobile', 'landline', 'other']);
export const mobilityNeed = pgEnum('mobility_need', [
  'wheelchair',
  'walking_aid',
  'needs_escort',
  'visually_impaired',
  'hearing_impaired',
]);
export const contactChannel = pgEnum('contact_channel', ['sms', 'voice', 'staff']);
export const bookingChannel = pgEnum('booking_channel', ['sms', 'voice', 'staff', 'web', 'api']);
export const personStatus = pgEnum('person_status', ['active', 'paused', 'archived']);
export const placeKind = pgEnum('place_kind', [
  'market',
  'health_centre',
  'doctor',
  'pharmacy',
  'france_services',
  'station',
  'town_hall',
  'shop',
  'social_venue',
  'hospital',
  'other',
]);
export const tripPurpose = pgEnum('trip_purpose', [
  'health',
  'shopping',
  'market',
  'administrative',
  'social',
  'employment',
  'other',
]);
export const timeAnchor = pgEnum('time_anchor', ['pickup', 'arrival']);
export const rideRequestStatus = pgEnum('ride_request_status', [
  'received',
  'matching',
  'offered',
  'matched',
  'completed',
  'cancelled',
  'unmet',
]);
export const tripLeg = pgEnum('trip_leg', ['outbound', 'return']);
export const tripOutcome = pgEnum('trip_outcome', [
  'planned',
  'completed',
  'no_show',
  'late_cancellation',
  'unmet',
  /** Cancelled in good time (see `rides.lateCancellationHours`): not counted against anyone. */
  'cancelled',
]);
export const offerStatus = pgEnum('offer_status', [
  'pending',
  'accepted',
  'refused',
  'expired',
  /** Taken back by the service: another volunteer accepted first, or the ride was cancelled or changed. */
  'withdrawn',
  /** Accepted, then given back by the volunteer ("je ne peux plus"): the mission is offered again. */
  'released',
]);
/**
 * What a volunteer is asked to drive: one or several ride requests (pooled) with their legs, from the
 * first pick-up to the last drop-off. open → assigned → completed, or cancelled / unmet; `superseded`
 * when pooling replaced it by a larger mission.
 */
export const missionStatus = pgEnum('mission_status', [
  'open',
  'assigned',
  'completed',
  'cancelled',
  'unmet',
  'superseded',
]);
/** A resident's stated wish about a driver: asked for (ranked first) or not to be offered at all. */
export const driverPreferenceKind = pgEnum('driver_preference_kind', ['preferred', 'avoid']);
export const shuttleMode = pgEnum('shuttle_mode', ['stops', 'door_to_door']);
export const shuttleRoundStatus = pgEnum('shuttle_round_status', [
  'open',
  'closed',
  'planned',
  'completed',
  'cancelled',
]);
export const seatBookingStatus = pgEnum('seat_booking_status', ['confirmed', 'waitlisted', 'cancelled']);
/** What happened to a seat booking once its round was under way (null while nothing has). */
export const seatBookingOutcome = pgEnum('seat_booking_outcome', [
  'travelled',
  'no_show',
  /** Cancelled after the booking cut-off: the seat could not be offered to someone else in time. */
  'late_cancellation',
]);
export const shuttlePlanStopKind = pgEnum('shuttle_plan_stop_kind', ['pickup', 'dropoff']);
export const messageDirection = pgEnum('message_direction', ['inbound', 'outbound']);
export const messageChannel = pgEnum('message_channel', ['sms', 'voice']);
export const messageStatus = pgEnum('message_status', [
  'pending',
  'sending',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'received',
]);
export const staffRole = pgEnum('staff_role', ['admin', 'coordinator', 'partner', 'read_only']);
export const actorKind = pgEnum('actor_kind', ['staff', 'resident', 'volunteer', 'system']);
export const staffTaskKind = pgEnum('staff_task_kind', [
  /** A resident or volunteer asked to be called back (or a conversation stalled). */
  'callback',
  /** A voicemail left on the voice line outside office hours. */
  'voicemail',
  /** An SMS or call from a number we do not know. */
  'unknown_caller',
  /** A ride request that found no driver by its deadline. */
  'unmet_request',
  /** A message that could not be delivered (failed, undelivered, gave up). */
  'undelivered_message',
  'other',
]);
export const staffTaskStatus = pgEnum('staff_task_status', ['open', 'done', 'cancelled']);
export const conversationParty = pgEnum('conversation_party', ['resident', 'volunteer', 'unknown']);
/** How a resident gave or withdrew their consent (recorded in `resident_consents`). */
export const consentChannel = pgEnum('consent_channel', [
  'paper_form',
  'phone',
  'in_person',
  'sms',
  'voice',
  'partner',
  /** Recorded before the channel was asked for (migrated from the free-text source). */
  'unspecified',
]);
/** A resident's request about their personal data (GDPR articles 15, 17, 20). */
export const dataRequestKind = pgEnum('data_request_kind', ['export', 'erasure']);
