import { spokenPhone } from '../../messages/sms-text';
import type { TerritoryInfo } from '../../territories/load';
import { REPEAT_HINT } from './answer';

/** Every sentence of the voice line, in French, short and slow: one place to read and change them. */
export const voicePrompts = {
  welcome: 'Bonjour, vous êtes sur la ligne Solimob du CIAS.',
  mainMenu: [
    'Pour réserver une place dans la prochaine navette du marché, tapez 1.',
    'Pour entendre vos réservations, tapez 2.',
    'Pour annuler une réservation, tapez 3.',
    'Pour parler à quelqu’un, tapez 0.',
    REPEAT_HINT,
  ],
  unknownCaller: [
    'Votre numéro ne nous est pas connu.',
    'Pour parler à quelqu’un du CIAS, tapez 0.',
    REPEAT_HINT,
  ],
  volunteer: [
    'Pour répondre à une proposition de trajet, répondez par SMS avec le code reçu.',
    'Pour parler à quelqu’un du CIAS, tapez 0.',
    REPEAT_HINT,
  ],
  notUnderstood: 'Je n’ai pas compris votre choix.',
  noAnswer: 'Nous n’avons pas reçu de réponse. Au revoir, et à bientôt.',
  goodbye: 'Merci de votre appel. Au revoir.',
  noBookings: 'Vous n’avez aucune réservation à venir.',
  yourBookings: (count: number) =>
    count === 1 ? 'Vous avez une réservation :' : `Vous avez ${count} réservations :`,
  cancelChoice: [
    'Pour annuler cette réservation, tapez 1.',
    'Pour entendre la suivante, tapez 2.',
    'Pour revenir au menu, tapez 9.',
    REPEAT_HINT,
  ],
  noMoreBookings: 'Il n’y a pas d’autre réservation.',
  cancelConfirm: (booking: string) => [
    `Vous allez annuler ${booking}.`,
    'Pour confirmer l’annulation, tapez 1.',
    'Pour garder la réservation, tapez 2.',
    REPEAT_HINT,
  ],
  cancelled: 'C’est annulé.',
  kept: 'Votre réservation est maintenue.',
  refused: (reason: string | undefined, territory: Pick<TerritoryInfo, 'contactPhone'>) =>
    [
      reason ?? 'Ce n’est pas possible.',
      territory.contactPhone
        ? `Pour vous aider, appelez le CIAS au ${spokenPhone(territory.contactPhone)}.`
        : 'Pour vous aider, appelez le CIAS.',
    ].join(' '),
  shuttleOffer: (day: string) => [
    `La prochaine navette du marché pour vous passe le ${day}.`,
    'Pour y réserver une place, tapez 1.',
    'Pour revenir au menu, tapez 9.',
    REPEAT_HINT,
  ],
  noShuttle: 'Aucune navette du marché n’est ouverte aux réservations pour vous en ce moment.',
  shuttleBooked: (day: string) =>
    `C’est réservé : votre place dans la navette du ${day}. Nous vous donnerons l’heure de passage la veille.`,
  shuttleWaitlisted: (day: string, rank: number) =>
    `La navette du ${day} est complète. Vous êtes numéro ${rank} sur la liste d’attente. Nous vous préviendrons si une place se libère.`,
  putThrough: 'Je vous mets en relation avec le CIAS. Veuillez patienter.',
  officeClosed:
    'Le CIAS est fermé en ce moment. Laissez votre message après le bip, en donnant votre nom, puis raccrochez.',
  voicemailSaved: 'Merci, votre message est enregistré. Un agent du CIAS vous rappellera. Au revoir.',
  keypadQuestion: 'Pour confirmer, tapez 1. Pour annuler, tapez 2. Pour réécouter la question, tapez étoile.',
  keypadConfirmed: 'Merci, c’est bien confirmé. Au revoir.',
  keypadCancelled: 'C’est annulé. Merci de nous avoir prévenus. Au revoir.',
};
