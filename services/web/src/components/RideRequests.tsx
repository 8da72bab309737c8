import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { api, call } from '../api/client';
import { ApiError } from '../api/errors';
import { useCommunes, usePlaces, useRideRequests } from '../api/queries';
import type {
  MobilityNeed,
  Resident,
  RideRequest,
  RideRequestInput,
  Territory,
  TimeAnchor,
  TripPurpose,
} from '../api/types';
import { useTerritory } from '../auth/session';
import {
  mobilityNeedLabels,
  placeKindLabels,
  rideRequestStatusLabels,
  timeAnchorLabels,
  tripPurposeLabels,
} from '../i18n/labels';
import { formatDateTime, formatMinutes, formatTime, localInstant } from '../lib/format';
import { firstBookableDate, rideRulesText } from '../lib/rides';
import { CommuneOptions } from './CommuneOptions';
import { DataTable } from './DataTable';
import { Badge, type BadgeTone, ErrorSummary, LoadState } from './Feedback';
import { CheckboxGroup, RadioGroup, SelectField, TextField } from './Field';
import { useToast } from './Toasts';

export const rideStatusTone: Record<RideRequest['status'], BadgeTone> = {
  received: 'warning',
  matching: 'warning',
  offered: 'info',
  matched: 'success',
  completed: 'neutral',
  cancelled: 'neutral',
  unmet: 'danger',
};

/** "11 h 45", "attente 1 h sur place" or a dash. */
export const returnText = (r: Pick<RideRequest, 'returnTime' | 'returnWaitMinutes'>) =>
  r.returnTime
    ? formatTime(r.returnTime)
    : r.returnWaitMinutes !== null
      ? `attente de ${formatMinutes(r.returnWaitMinutes)} sur place`
      : '—';

/** A resident's ride requests from now on (cancelled ones included: callers ask about them). */
export function UpcomingRideRequests({ residentId }: { residentId: string }) {
  const [from] = useState(() => new Date(Date.now() - 2 * 3_600_000).toISOString());
  const query = useRideRequests({ residentId, from, pageSize: 20 });
  return (
    <section aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Trajets à venir</h2>
      <LoadState loading={query.isPending} error={query.error} label="Trajets à venir" />
      {query.data && (
        <DataTable
          caption="Demandes de trajet à venir"
          captionHidden
          rows={query.data.items}
          rowKey={(r) => r.id}
          empty="Aucun trajet à venir."
          columns={[
            {
              header: 'Quand',
              cell: (r) => formatDateTime(r.requestedTime),
              rowHeader: true,
            },
            { header: 'Trajet', cell: (r) => `${r.origin.label} → ${r.destination.label}` },
            { header: 'Retour', cell: (r) => returnText(r) },
            {
              header: 'État',
              cell: (r) => <Badge tone={rideStatusTone[r.status]}>{rideRequestStatusLabels[r.status]}</Badge>,
            },
          ]}
        />
      )}
    </section>
  );
}

type Where = 'place' | 'home' | 'address';
/** The way back: none, picked up again at a time, or the driver waits on the spot then drives home. */
type ReturnMode = 'none' | 'time' | 'wait';
const WAIT_CHOICES = [30, 45, 60, 90, 120, 180];

interface RideForm {
  originMode: 'home' | 'place';
  originPlaceId: string;
  destinationMode: Where;
  destinationPlaceId: string;
  destinationLabel: string;
  destinationCommuneId: string;
  date: string;
  time: string;
  timeAnchor: TimeAnchor;
  returnMode: ReturnMode;
  returnTime: string;
  returnWaitMinutes: string;
  passengers: string;
  purpose: TripPurpose | '';
  needs: MobilityNeed[];
}

const blankForm = (resident: Resident, territory: Territory): RideForm => ({
  originMode: 'home',
  originPlaceId: '',
  destinationMode: 'place',
  destinationPlaceId: '',
  destinationLabel: '',
  destinationCommuneId: resident.communeId,
  date: firstBookableDate(territory.rides),
  time: '',
  timeAnchor: 'arrival',
  returnMode: 'none',
  returnTime: '',
  returnWaitMinutes: '60',
  passengers: '1',
  purpose: '',
  needs: [...resident.mobilityNeeds],
});

/** French names of the form's fields by the API's JSON pointers, for the error summary. */
const FIELD_LABELS: Record<string, string> = {
  '/origin/placeId': 'Départ',
  '/destination': 'Destination',
  '/destination/placeId': 'Lieu de destination',
  '/destination/label': 'Adresse de destination',
  '/destination/lat': 'Commune de destination',
  '/destination/lon': 'Commune de destination',
  '/requestedTime': 'Date et heure',
  '/returnTime': 'Heure du retour',
  '/returnWaitMinutes': 'Attente sur place',
  '/passengers': 'Nombre de passagers',
  '/purpose': 'Motif',
  '/residentId': 'Habitant',
  '/timeAnchor': "Type d'heure",
};

/**
 * A new ride request taken on the phone: from home (default) or a place, to one of the territory's
 * places, back home, or a free address. A free address is placed at its commune's centre for the distance
 * estimate; the driver reads the address itself.
 */
export function NewRideRequestForm({
  resident,
  onCreated,
}: {
  resident: Resident;
  onCreated?: (r: RideRequest) => void;
}) {
  const territory = useTerritory();
  const [form, setForm] = useState<RideForm>(() => blankForm(resident, territory));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const places = usePlaces();
  const communes = useCommunes();
  const toast = useToast();
  const queryClient = useQueryClient();
  const set = <K extends keyof RideForm>(key: K, value: RideForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const placesByKind = useMemo(() => {
    const groups = new Map<string, { id: string; name: string }[]>();
    for (const place of places.data?.items ?? []) {
      const label = placeKindLabels[place.kind];
      groups.set(label, [...(groups.get(label) ?? []), { id: place.id, name: place.name }]);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'fr'));
  }, [places.data]);

  const create = useMutation({
    mutationFn: (body: RideRequestInput) => call(api.POST('/ride-requests', { body })),
    onSuccess: (request) => {
      toast.success(
        `Demande enregistrée : ${request.destination.label}, ${formatDateTime(request.requestedTime)}.`,
      );
      void queryClient.invalidateQueries({ queryKey: ['ride-requests'] });
      setForm(blankForm(resident, territory));
      onCreated?.(request);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const requestedTime = localInstant(form.date, form.time);
    if (!requestedTime) problems['/requestedTime'] = 'Indiquez la date et l’heure.';
    const returnTime =
      form.returnMode === 'time' && form.returnTime ? localInstant(form.date, form.returnTime) : null;
    if (form.returnMode === 'time' && !form.returnTime)
      problems['/returnTime'] = 'Indiquez l’heure du retour.';
    if (!form.purpose) problems['/purpose'] = 'Choisissez le motif du trajet.';
    if (form.destinationMode === 'place' && !form.destinationPlaceId)
      problems['/destination/placeId'] = 'Choisissez un lieu.';
    if (form.originMode === 'place' && !form.originPlaceId)
      problems['/origin/placeId'] = 'Choisissez un lieu.';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0 || !requestedTime || !form.purpose) return;
    const commune = communes.data?.items.find((c) => c.id === form.destinationCommuneId);
    const destination =
      form.destinationMode === 'place'
        ? { placeId: form.destinationPlaceId }
        : form.destinationMode === 'home'
          ? { label: resident.addressLine, lat: resident.location.lat, lon: resident.location.lon }
          : { label: form.destinationLabel.trim(), lat: commune?.location.lat, lon: commune?.location.lon };
    if (form.destinationMode === 'home' && form.originMode === 'home') {
      setLocalErrors({ '/origin/placeId': 'Pour aller au domicile, partez d’un lieu du territoire.' });
      return;
    }
    create.mutate({
      residentId: resident.id,
      ...(form.originMode === 'place' ? { origin: { placeId: form.originPlaceId } } : {}),
      destination,
      requestedTime,
      timeAnchor: form.timeAnchor,
      returnTime,
      returnWaitMinutes: form.returnMode === 'wait' ? Number(form.returnWaitMinutes) : null,
      passengers: Number(form.passengers) || 1,
      purpose: form.purpose,
      needs: form.needs,
    });
  };

  const apiErrors = create.error instanceof ApiError ? create.error.fields : {};
  const errors = { ...apiErrors, ...localErrors };
  const placeOptions = (
    <>
      <option value="">Choisir un lieu…</option>
      {placesByKind.map(([kind, list]) => (
        <optgroup key={kind} label={kind}>
          {list.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );

  return (
    <section aria-labelledby="new-ride-title" className="card">
      <h2 id="new-ride-title">Nouvelle demande de trajet</h2>
      {Object.keys(localErrors).length > 0 ? (
        <ErrorSummary
          error={
            new ApiError(400, 'validation', 'Certaines informations manquent : voir les champs signalés.', [])
          }
        />
      ) : (
        <ErrorSummary error={create.error} fieldLabels={FIELD_LABELS} />
      )}
      <form onSubmit={submit} noValidate className="ride-form">
        <div className="form-grid">
          <RadioGroup
            legend="Départ"
            name="origin"
            value={form.originMode}
            onChange={(value) => set('originMode', value)}
            choices={[
              { value: 'home', label: `Domicile : ${resident.addressLine}` },
              { value: 'place', label: 'Un lieu du territoire' },
            ]}
          />
          {form.originMode === 'place' && (
            <SelectField
              label="Lieu de départ"
              value={form.originPlaceId}
              onChange={(event) => set('originPlaceId', event.target.value)}
              error={errors['/origin/placeId']}
              required
            >
              {placeOptions}
            </SelectField>
          )}
          <RadioGroup
            legend="Destination"
            name="destination"
            value={form.destinationMode}
            onChange={(value) => set('destinationMode', value)}
            choices={[
              { value: 'place', label: 'Un lieu du territoire' },
              { value: 'home', label: `Le domicile : ${resident.addressLine}` },
              { value: 'address', label: 'Une autre adresse' },
            ]}
            error={errors['/destination']}
          />
          {form.destinationMode === 'home' ? null : form.destinationMode === 'place' ? (
            <SelectField
              label="Lieu de destination"
              value={form.destinationPlaceId}
              onChange={(event) => set('destinationPlaceId', event.target.value)}
              error={errors['/destination/placeId']}
              required
            >
              {placeOptions}
            </SelectField>
          ) : (
            <>
              <TextField
                label="Adresse de destination"
                value={form.destinationLabel}
                onChange={(event) => set('destinationLabel', event.target.value)}
                error={errors['/destination/label']}
                hint="Telle que le chauffeur la lira : numéro, rue, nom du cabinet…"
                required
              />
              <SelectField
                label="Commune de destination"
                value={form.destinationCommuneId}
                onChange={(event) => set('destinationCommuneId', event.target.value)}
                error={errors['/destination/lat']}
                hint="Le centre de la commune sert au calcul des distances."
              >
                <CommuneOptions />
              </SelectField>
            </>
          )}
        </div>
        <div className="form-grid">
          <TextField
            label="Date"
            type="date"
            value={form.date}
            onChange={(event) => set('date', event.target.value)}
            error={errors['/requestedTime']}
            hint={rideRulesText(territory.rides)}
            required
          />
          <TextField
            label="Heure"
            type="time"
            value={form.time}
            onChange={(event) => set('time', event.target.value)}
            required
          />
          <RadioGroup
            legend="Cette heure est"
            name="timeAnchor"
            value={form.timeAnchor}
            onChange={(value) => set('timeAnchor', value)}
            choices={(['arrival', 'pickup'] as const).map((value) => ({
              value,
              label: timeAnchorLabels[value],
            }))}
          />
          <RadioGroup
            legend="Retour"
            name="returnMode"
            value={form.returnMode}
            onChange={(value) => set('returnMode', value)}
            choices={[
              { value: 'none', label: 'Pas de retour' },
              { value: 'time', label: 'Retour à une heure précise' },
              { value: 'wait', label: 'Attente sur place, puis retour au domicile' },
            ]}
          />
          {form.returnMode === 'time' && (
            <TextField
              label="Heure du retour"
              type="time"
              value={form.returnTime}
              onChange={(event) => set('returnTime', event.target.value)}
              error={errors['/returnTime']}
              hint="Le même jour, départ du lieu de destination."
              required
            />
          )}
          {form.returnMode === 'wait' && (
            <SelectField
              label="Durée de l'attente sur place"
              value={form.returnWaitMinutes}
              onChange={(event) => set('returnWaitMinutes', event.target.value)}
              error={errors['/returnWaitMinutes']}
              hint="Le chauffeur attend, puis ramène la personne chez elle."
            >
              {WAIT_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {formatMinutes(minutes)}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <div className="form-grid">
          <SelectField
            label="Motif"
            value={form.purpose}
            onChange={(event) => set('purpose', event.target.value as TripPurpose)}
            error={errors['/purpose']}
            hint="Jamais cité dans les SMS."
            required
          >
            <option value="">Choisir…</option>
            {(Object.keys(tripPurposeLabels) as TripPurpose[]).map((purpose) => (
              <option key={purpose} value={purpose}>
                {tripPurposeLabels[purpose]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Passagers"
            type="number"
            min={1}
            max={8}
            value={form.passengers}
            onChange={(event) => set('passengers', event.target.value)}
            error={errors['/passengers']}
          />
          <CheckboxGroup
            legend="Besoins pour ce trajet"
            values={form.needs}
            onChange={(needs) => set('needs', needs)}
            choices={(Object.keys(mobilityNeedLabels) as MobilityNeed[]).map((need) => ({
              value: need,
              label: mobilityNeedLabels[need],
            }))}
          />
        </div>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Enregistrement…' : 'Enregistrer la demande'}
        </button>
      </form>
    </section>
  );
}
