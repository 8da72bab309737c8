import { gsmText } from '../messages/gsm';
import { frenchPhone } from '../messages/sms-text';

/*
 * Every SMS the conversation sends, in one place so one test can hold each to two segments with
 * worst-case inputs. Written in GSM-7 on purpose: no ê, ç, â, ô, î, û, À or typographic apostrophe
 * (they would switch the SMS to UCS-2 and halve its length); names and dates put in are folded by
 * the callers (smsDay). No template takes a trip purpose or an address.
 */

export interface SmsText {
  /** 'conversation.<name>': recorded on the message for reports and tests. */
  template: string;
  text: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const sms = (name: string, text: string): SmsText => ({ template: `conversation.${name}`, text });

/** "au 02 61 91 00 00" when the territory has a number, else nothing. */
const callUs = (contactPhone: string | null) => {
  const phone = frenchPhone(contactPhone);
  return phone ? `appelez le CIAS au ${phone}` : 'appelez le CIAS';
};

export const templates = {
  menu: (contactPhone: string | null) =>
    sms(
      'menu',
      `Solimob : envoyez 1 pour la navette du marché, 2 pour demander un chauffeur, 3 pour annuler, 4 pour vos réservations. Sinon, ${callUs(contactPhone)}.`,
    ),
  notUnderstood: (contactPhone: string | null) =>
    sms(
      'not_understood',
      `Désolé, je n'ai pas compris. Envoyez 1 navette du marché, 2 demander un chauffeur, 3 annuler, 4 mes réservations. Ou ${callUs(contactPhone)}.`,
    ),
  callback: (contactPhone: string | null) =>
    sms(
      'callback',
      `Désolé, je ne comprends pas votre message. Un agent du CIAS va vous rappeler. Vous pouvez aussi ${callUs(contactPhone).replace('appelez', 'appeler')}.`,
    ),
  unknownNumber: (contactPhone: string | null) =>
    sms(
      'unknown_number',
      `Bonjour, ce numéro n'est pas connu du service Solimob. Pour vous inscrire ou réserver, ${callUs(contactPhone)}. Merci !`,
    ),
  optOut: () =>
    sms(
      'opt_out',
      'Solimob : vous ne recevrez plus de SMS de notre part. Pour les recevoir de nouveau, envoyez START.',
    ),
  optIn: () => sms('opt_in', 'Solimob : vous recevez de nouveau nos SMS. Envoyez AIDE pour le menu.'),

  askPlace: (unknownPlace: boolean) =>
    sms(
      'ask_place',
      `${unknownPlace ? 'Je ne connais pas ce lieu. ' : ''}Où voulez-vous aller ? Donnez le nom du lieu, par exemple : la gare, la mairie.`,
    ),
  askDay: () => sms('ask_day', 'Pour quel jour ? Par exemple : lundi, demain, le 12/12.'),
  askTime: () => sms('ask_time', 'A quelle heure est votre rendez-vous ? Par exemple : 14h ou 9h30.'),
  confirmRide: (trip: string) =>
    sms('confirm_ride', `Trajet ${trip}. Répondez OUI pour confirmer ou NON pour abandonner.`),
  rideRequested: (trip: string) =>
    sms(
      'ride_requested',
      `C'est noté : demande de trajet ${trip}. Nous cherchons un chauffeur bénévole et vous le confirmerons par SMS.`,
    ),
  confirmShuttle: (day: string) =>
    sms(
      'confirm_shuttle',
      `Navette du marché le ${day}. Répondez OUI pour réserver une place ou NON pour abandonner.`,
    ),
  shuttleBooked: (day: string) =>
    sms(
      'shuttle_booked',
      `C'est réservé : navette du marché le ${day}. L'heure de passage vous sera envoyée la veille.`,
    ),
  shuttleWaitlisted: (day: string, rank: number) =>
    sms(
      'shuttle_waitlisted',
      `La navette du marché du ${day} est complète. Votre rang sur la liste d'attente : ${rank}. Nous vous préviendrons si une place se libère.`,
    ),
  noShuttle: (contactPhone: string | null) =>
    sms(
      'no_shuttle',
      `Aucune navette du marché n'est ouverte aux réservations pour vous en ce moment. Pour en savoir plus, ${callUs(contactPhone)}.`,
    ),
  dropped: () => sms('dropped', "D'accord, rien n'a été réservé."),
  kept: () => sms('kept', "D'accord, votre réservation est maintenue."),
  noBookings: (day: string | null) =>
    sms(
      'no_bookings',
      `Vous n'avez aucune réservation à venir${day ? ` le ${day}` : ''}. Envoyez 1 pour la navette du marché ou 2 pour demander un chauffeur.`,
    ),
  chooseCancel: (options: string[]) =>
    sms(
      'choose_cancel',
      `Quelle réservation annuler ? ${options.map((option, i) => `${i + 1} : ${option}.`).join(' ')} Répondez par le numéro.`,
    ),
  confirmCancel: (booking: string) =>
    sms('confirm_cancel', `Annuler : ${booking} ? Répondez OUI pour annuler ou NON pour la garder.`),
  cancelled: (booking: string) => sms('cancelled', `C'est annulé : ${booking}.`),
  list: (items: string[], more: number, contactPhone: string | null) =>
    sms(
      'list',
      `Vos réservations : ${items.join(' ; ')}.${more > 0 ? ` Et ${more} autre${more > 1 ? 's' : ''} : ${callUs(contactPhone)}.` : ''}`,
    ),
  /** A verb's refusal: its own French reason (which may already send the person to the CIAS). */
  refused: (reason: string | undefined, contactPhone: string | null) =>
    sms(
      'refused',
      reason && /CIAS/.test(reason)
        ? `Désolé : ${lowerFirst(reason)}`
        : `Désolé, ce n'est pas possible${reason ? ` : ${lowerFirst(reason.replace(/\.$/, ''))}` : ''}. Pour vous aider, ${callUs(contactPhone)}.`,
    ),
  /** The day or hour asked breaks a rule of the territory: say which, and ask again. */
  rideNotPossible: (reason: string) =>
    sms('ride_not_possible', `${reason} Donnez un autre jour ou une autre heure, ou envoyez NON.`),
  shuttleAlreadyBooked: (day: string) =>
    sms('shuttle_already_booked', `Vous avez déjà une place dans la navette du marché du ${day}.`),
  shuttleAlreadyWaitlisted: (day: string, rank: number) =>
    sms(
      'shuttle_already_waitlisted',
      `Vous avez déjà une place sur la liste d'attente de la navette du marché du ${day}, au rang ${rank}. Nous vous préviendrons si une place se libère.`,
    ),
  volunteerNoCode: () =>
    sms(
      'volunteer_no_code',
      'Merci. Pour répondre à une proposition de trajet, envoyez OUI, NON ou FAIT suivi du code à 4 chiffres, par exemple : OUI 4821.',
    ),
  /** The sentence respondToOffer returns for the channel the volunteer used ("C'est noté, merci…"). */
  volunteerAnswered: (sentence: string) => sms('volunteer_answered', `Solimob : ${sentence}`),
  volunteerRefused: (reason: string | undefined) =>
    sms(
      'volunteer_refused',
      `Solimob : ${reason ? lowerFirst(gsmText(reason).replace(/\.$/, '')) : "nous n'avons pas pu enregistrer votre réponse"}. Pour toute question, appelez le CIAS.`,
    ),
};

export type TemplateName = keyof typeof templates;
