import Type from 'typebox';
import { invalid } from '../errors';
import { Uuid } from '../input';
import { normaliseCode } from '../offers/codes';

/** How a volunteer names one of their missions: the code of their SMS ("FAIT 4821"), or its id (page). */
export const DriverMissionRef = Type.Object(
  {
    volunteerDriverId: Uuid,
    code: Type.Optional(
      Type.String({ minLength: 4, maxLength: 12, description: 'The four digits of the trip' }),
    ),
    missionId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

/** Exactly one of code / missionId, the code reduced to its four digits. */
export function missionRef(input: { code?: string | undefined; missionId?: string | undefined }): {
  code?: string;
  missionId?: string;
} {
  const code = input.code === undefined ? undefined : normaliseCode(input.code);
  if ((code === undefined) === (input.missionId === undefined) || code === null) {
    throw invalid(
      [{ field: '/code', message: 'give either a four-digit code or a missionId' }],
      'Indiquez les 4 chiffres du trajet, par exemple FAIT 4821.',
    );
  }
  return code ? { code } : { missionId: input.missionId! };
}

export const AssignDriverInput = Type.Object(
  {
    volunteerDriverId: Uuid,
  },
  { additionalProperties: false },
);

export const RecordNoShowInput = Type.Object(
  {
    rideRequestId: Uuid,
    /** Set when the driver reports it (page or SMS); staff leave it out. */
    volunteerDriverId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
