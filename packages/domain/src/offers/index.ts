export { drawCodes, normaliseCode } from './codes';
export { expireOfferWave } from './expire-wave';
export { listRideRequestOffers, type OfferView } from './list';
export { type OfferAnswer, type OfferAnswerOutcome, RespondToOfferInput, respondToOffer } from './respond';
export { offerAreas, sendOfferWave, type WaveOutcome } from './send-wave';
