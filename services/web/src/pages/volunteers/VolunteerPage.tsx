import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useCommunes, useVolunteer } from '../../api/queries';
import type { Absence, Availability, Volunteer, VolunteerInput } from '../../api/types';
import { useSession } from '../../auth/session';
import { AbsencesEditor } from '../../components/AbsencesEditor';
import { AvailabilityGrid } from '../../components/AvailabilityGrid';
import { CommuneOptions } from '../../components/CommuneOptions';
import { ConversationTimeline } from '../../components/ConversationTimeline';
import { ErrorSummary, LoadState } from '../../components/Feedback';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Layout';
import { LocationFields, type LocationValue, locationInput } from '../../components/LocationFields';
import { type PhoneRow, PhonesEditor, phoneRowsOf, phonesInput } from '../../components/PhonesEditor';
import { useToast } from '../../components/Toasts';
import { fullName } from '../../lib/format';

interface Form {
  firstName: string;
  lastName: string;
  communeId: string;
  homeLocation: LocationValue;
  phones: PhoneRow[];
  seats: string;
  wheelchairCapable: boolean;
  servedCommuneIds: string[];
  maxDistanceKm: string;
  monthlyTripCap: string;
  active: boolean;
  availabilities: Availability[];
  absences: Absence[];
}

const formOf = (v: Volunteer | undefined): Form => ({
  firstName: v?.firstName ?? '',
  lastName: v?.lastName ?? '',
  communeId: v?.communeId ?? '',
  homeLocation: v
    ? { lat: String(v.homeLocation.lat), lon: String(v.homeLocation.lon) }
    : { lat: '', lon: '' },
  phones: v ? phoneRowsOf(v.phones) : [{ number: '', isPrimary: true }],
  seats: String(v?.seats ?? 3),
  wheelchairCapable: v?.wheelchairCapable ?? false,
  servedCommuneIds: v?.servedCommuneIds ?? [],
  maxDistanceKm: v?.maxDistanceKm != null ? String(v.maxDistanceKm) : '',
  monthlyTripCap: v?.monthlyTripCap != null ? String(v.monthlyTripCap) : '',
  active: v?.active ?? true,
  availabilities: v?.availabilities ?? [],
  absences: v?.absences ?? [],
});

const optionalInteger = (text: string) => (text.trim() === '' ? null : Number(text));

function toInput(form: Form): VolunteerInput {
  return {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    communeId: form.communeId,
    homeLocation: locationInput(form.homeLocation),
    phones: phonesInput(form.phones),
    seats: Number(form.seats),
    wheelchairCapable: form.wheelchairCapable,
    servedCommuneIds: form.servedCommuneIds,
    maxDistanceKm: optionalInteger(form.maxDistanceKm),
    monthlyTripCap: optionalInteger(form.monthlyTripCap),
    active: form.active,
    availabilities: form.availabilities,
    absences: form.absences,
  };
}

const FIELD_LABELS: Record<string, string> = {
  '/firstName': 'Prénom',
  '/lastName': 'Nom',
  '/communeId': 'Commune',
  '/homeLocation': 'Position du domicile',
  '/phones': 'Téléphones',
  '/seats': 'Places passagers',
  '/maxDistanceKm': 'Distance maximale',
  '/monthlyTripCap': 'Trajets par mois',
  '/availabilities': 'Disponibilités',
};
const labelOf = (pointer: string) => {
  const phone = /^\/phones\/(\d+)/.exec(pointer);
  if (phone) return `Téléphone ${Number(phone[1]) + 1}`;
  const absence = /^\/absences\/(\d+)/.exec(pointer);
  if (absence) return `Absence ${Number(absence[1]) + 1}`;
  if (pointer.startsWith('/availabilities')) return 'Disponibilités';
  return FIELD_LABELS[pointer] ?? 'Champ';
};

/** A volunteer driver's record: details, vehicle, where they drive, weekly availability, absences. */
export function VolunteerPage() {
  const { id } = useParams();
  const { can } = useSession();
  const volunteer = useVolunteer(id);
  if (id && !volunteer.data) {
    return (
      <Page title="Fiche bénévole">
        <LoadState loading={volunteer.isPending} error={volunteer.error} label="Fiche" />
      </Page>
    );
  }
  return (
    <Page title={volunteer.data ? fullName(volunteer.data) : 'Nouveau bénévole'}>
      <VolunteerForm
        key={volunteer.data?.updatedAt ?? 'new'}
        volunteer={volunteer.data}
        readOnly={!can('volunteers:write')}
      />
      {volunteer.data && can('messages:read') && (
        <ConversationTimeline person={{ volunteerId: volunteer.data.id }} />
      )}
    </Page>
  );
}

function VolunteerForm({ volunteer, readOnly }: { volunteer: Volunteer | undefined; readOnly: boolean }) {
  const [form, setForm] = useState<Form>(() => formOf(volunteer));
  const communes = useCommunes();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const commune = communes.data?.items.find((c) => c.id === form.communeId);
  useEffect(() => {
    if (!volunteer && commune) {
      setForm((f) => ({
        ...f,
        homeLocation: { lat: String(commune.location.lat), lon: String(commune.location.lon) },
      }));
    }
  }, [volunteer, commune]);

  const save = useMutation({
    mutationFn: (input: VolunteerInput) =>
      volunteer
        ? call(api.PATCH('/volunteers/{id}', { params: { path: { id: volunteer.id } }, body: input }))
        : call(api.POST('/volunteers', { body: input })),
    onSuccess: (saved) => {
      toast.success(volunteer ? 'Fiche du bénévole enregistrée.' : 'Bénévole créé.');
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      if (!volunteer) navigate(`/app/benevoles/${saved.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toInput(form));
  };
  const errors = save.error instanceof ApiError ? { ...save.error.fields } : {};
  // No commune chosen reaches the API as an empty id ("bad format"): say what to do instead.
  if (errors['/communeId'] && !form.communeId) errors['/communeId'] = 'Choisissez la commune.';
  const labels = Object.fromEntries(Object.keys(errors).map((pointer) => [pointer, labelOf(pointer)]));
  const availabilityError = Object.entries(errors).find(([pointer]) =>
    pointer.startsWith('/availabilities'),
  )?.[1];

  return (
    <form onSubmit={submit} noValidate className="volunteer-form">
      <ErrorSummary error={save.error} fieldLabels={labels} fields={errors} />
      <fieldset disabled={readOnly} className="plain">
        <div className="two-columns">
          <section className="card" aria-labelledby="volunteer-identity">
            <h2 id="volunteer-identity">Coordonnées</h2>
            <div className="form-grid">
              <TextField
                label="Prénom"
                value={form.firstName}
                onChange={(event) => set('firstName', event.target.value)}
                error={errors['/firstName']}
                required
              />
              <TextField
                label="Nom"
                value={form.lastName}
                onChange={(event) => set('lastName', event.target.value)}
                error={errors['/lastName']}
                required
              />
            </div>
            <SelectField
              label="Commune du domicile"
              value={form.communeId}
              onChange={(event) => set('communeId', event.target.value)}
              error={errors['/communeId']}
              required
            >
              <CommuneOptions emptyLabel="Choisir…" />
            </SelectField>
            <LocationFields
              legend="Position du domicile"
              value={form.homeLocation}
              onChange={(homeLocation) => set('homeLocation', homeLocation)}
              errors={errors}
              pointer="/homeLocation"
            />
            <PhonesEditor rows={form.phones} onChange={(phones) => set('phones', phones)} errors={errors} />
            <CheckboxField
              label="Actif (reçoit des propositions de trajet)"
              checked={form.active}
              onChange={(event) => set('active', event.target.checked)}
            />
          </section>
          <section className="card" aria-labelledby="volunteer-driving">
            <h2 id="volunteer-driving">Véhicule et secteur</h2>
            <div className="form-grid">
              <TextField
                label="Places passagers"
                type="number"
                min={1}
                max={8}
                value={form.seats}
                onChange={(event) => set('seats', event.target.value)}
                error={errors['/seats']}
              />
              <TextField
                label="Trajets par mois au plus"
                type="number"
                min={0}
                value={form.monthlyTripCap}
                onChange={(event) => set('monthlyTripCap', event.target.value)}
                error={errors['/monthlyTripCap']}
                hint="Vide : pas de limite."
              />
            </div>
            <CheckboxField
              label="Peut transporter un fauteuil roulant"
              checked={form.wheelchairCapable}
              onChange={(event) => set('wheelchairCapable', event.target.checked)}
            />
            <CheckboxGroup
              legend="Communes desservies"
              hint="Ou bien une distance maximale depuis le domicile, ci-dessous."
              className="columns"
              values={form.servedCommuneIds}
              onChange={(ids) => set('servedCommuneIds', ids)}
              choices={(communes.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <TextField
              label="Distance maximale depuis le domicile (km)"
              type="number"
              min={1}
              value={form.maxDistanceKm}
              onChange={(event) => set('maxDistanceKm', event.target.value)}
              error={errors['/maxDistanceKm']}
            />
          </section>
        </div>
        <section className="card" aria-labelledby="volunteer-availability">
          <h2 id="volunteer-availability">Disponibilités de la semaine</h2>
          <AvailabilityGrid
            value={form.availabilities}
            onChange={(availabilities) => set('availabilities', availabilities)}
            disabled={readOnly}
            error={availabilityError}
          />
        </section>
        <section className="card" aria-labelledby="volunteer-absences">
          <h2 id="volunteer-absences">Absences</h2>
          <AbsencesEditor
            value={form.absences}
            onChange={(absences) => set('absences', absences)}
            errors={errors}
          />
        </section>
      </fieldset>
      {!readOnly && (
        <div className="actions sticky-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Enregistrement…' : volunteer ? 'Enregistrer' : 'Créer le bénévole'}
          </button>
        </div>
      )}
    </form>
  );
}
