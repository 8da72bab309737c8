export { bookSeat } from './book';
export { cancelSeatBooking } from './cancel';
export { listSeatBookings } from './list';
export {
  ListResidentSeatBookingsQuery,
  listResidentSeatBookings,
  type ResidentSeatBookingView,
} from './list-for-resident';
export {
  BookSeatInput,
  CancelSeatBookingInput,
  ListSeatBookingsQuery,
  seatBookingOutcomeValues,
  seatBookingStatusValues,
} from './schemas';
export type { SeatBookingView } from './view';
