/**
 * Failures as staff read them: the API answers `{ error: { code, message, fields, requestId } }` with
 * precise English for developers; the app shows a French sentence per code and per field message.
 */

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    fields?: { field: string; message: string }[];
    requestId?: string;
  };
}

const MESSAGES_BY_CODE: Record<string, string> = {
  validation: 'Certaines informations sont à corriger : voir les champs signalés.',
  unauthenticated: 'Votre session a expiré : reconnectez-vous.',
  forbidden: "Votre rôle ne permet pas cette action. Demandez à l'administration du CIAS si besoin.",
  not_found: "Introuvable : cette fiche n'existe pas ou plus.",
  conflict: 'Impossible : la fiche a changé entre-temps ou cette valeur est déjà utilisée.',
  rate_limited: 'Trop de tentatives. Patientez quelques minutes avant de réessayer.',
  unavailable: 'Le service est momentanément indisponible. Réessayez dans un instant.',
  bad_request: 'La demande a été refusée par le serveur.',
  internal: 'Erreur inattendue du serveur.',
  network: 'Impossible de joindre le serveur. Vérifiez la connexion puis réessayez.',
};

/** The API's field messages (domain rules and schema checks), in French. Unknown ones get a generic text. */
const FIELD_MESSAGES: [RegExp, string | ((match: RegExpMatchArray) => string)][] = [
  [/^is required when no placeId is given$/, 'Choisissez un lieu ou saisissez une adresse.'],
  [/^is required/, 'Obligatoire.'],
  [/^is not allowed$/, 'Champ non accepté.'],
  [/^invalid phone number/, 'Numéro de téléphone non valide.'],
  [/^duplicates another phone number$/, 'Ce numéro figure déjà dans la liste.'],
  [/^at most one phone may be primary$/, 'Un seul numéro peut être le numéro principal.'],
  [/^sms needs at least one mobile phone$/, 'Les SMS demandent au moins un numéro de portable.'],
  [/^voice needs at least one phone$/, 'Les appels demandent au moins un numéro de téléphone.'],
  [
    /^at least one mobile is needed to receive trip offers by SMS$/,
    'Au moins un portable est nécessaire pour recevoir les propositions de trajet par SMS.',
  ],
  [/^must be in the future$/, 'Doit être dans le futur.'],
  [/^must be after requestedTime$/, "Doit être après l'heure du trajet aller."],
  [/^must be after start$/, "Doit être après l'heure de début."],
  [/^must not be before startsOn$/, 'Ne peut pas être avant la date de début.'],
  [/^must be after from$/, 'Doit être après la date de début.'],
  [
    /^give either placeId, or label with lat and lon, not both$/,
    'Choisissez un lieu ou une adresse, pas les deux.',
  ],
  [/^unknown place for this territory$/, 'Lieu inconnu sur ce territoire.'],
  [/^place is no longer active$/, "Ce lieu n'est plus actif."],
  [/^unknown resident for this territory$/, 'Habitant inconnu sur ce territoire.'],
  [/^unknown commune for this territory$/, 'Commune inconnue sur ce territoire.'],
  [/^resident is paused$/, 'Cet habitant est en pause : réactivez sa fiche avant de réserver.'],
  [/^resident is archived$/, 'Cet habitant est archivé.'],
  [/^already in use$/, 'Déjà utilisé.'],
  [/^refers to a record that does not exist$/, "Fait référence à une fiche qui n'existe pas."],
  // An empty required text field arrives as "fewer than 1 characters".
  [/must NOT have fewer than 1 characters/, 'Obligatoire.'],
  [/must NOT have fewer than (\d+) characters/, (m) => `Trop court : au moins ${m[1]} caractères.`],
  [/must NOT have more than (\d+) characters/, (m) => `Trop long : ${m[1]} caractères au plus.`],
  [/must NOT have more than (\d+) items/, (m) => `${m[1]} éléments au plus.`],
  [/must be >= (-?[\d.]+)/, (m) => `Doit valoir au moins ${m[1]}.`],
  [/must be <= (-?[\d.]+)/, (m) => `Doit valoir au plus ${m[1]}.`],
  [/must be (integer|number)/, 'Doit être un nombre.'],
  [/must match (format|pattern)/, 'Format non valide.'],
  [/must be equal to one of the allowed values/, 'Valeur non proposée.'],
];

export function frenchFieldMessage(message: string): string {
  for (const [pattern, french] of FIELD_MESSAGES) {
    const match = message.match(pattern);
    if (match) return typeof french === 'string' ? french : french(match);
  }
  return 'Valeur non valide.';
}

/** A failed API call: `message` is French, `fields` maps a JSON pointer ('/phones/0/number') to French. */
export class ApiError extends Error {
  readonly fields: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    fields: { field: string; message: string }[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.fields = {};
    for (const problem of fields) this.fields[problem.field] ??= frenchFieldMessage(problem.message);
  }

  static fromBody(status: number, body: unknown): ApiError {
    const error = (body as Partial<ApiErrorBody> | undefined)?.error;
    const code = error?.code ?? (status >= 500 ? 'internal' : 'bad_request');
    let message = MESSAGES_BY_CODE[code] ?? MESSAGES_BY_CODE.bad_request!;
    if (error?.requestId && code === 'internal') message += ` Référence à communiquer : ${error.requestId}.`;
    return new ApiError(status, code, message, error?.fields ?? [], error?.requestId);
  }

  static network(): ApiError {
    return new ApiError(0, 'network', MESSAGES_BY_CODE.network!);
  }
}

/** The French message of anything thrown while calling the API. */
export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : MESSAGES_BY_CODE.internal!;
