export { bookSeat } from './book';
export { cancelSeatBooking } from './cancel';
export { listSeatBookings } from './list';
export {
  BookSeatInput,
  CancelSeatBookingInput,
  ListSeatBookingsQuery,
  seatBookingOutcomeValues,
  seatBookingStatusValues,
} from './schemas';
export type { SeatBookingView } from './view';
