import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useCommunes, useResident } from '../../api/queries';
import type { ContactChannel, MobilityNeed, Resident, ResidentInput } from '../../api/types';

type ConsentChannel = NonNullable<NonNullable<ResidentInput['consent']>['channel']>;

import { useSession } from '../../auth/session';
import { CommuneOptions } from '../../components/CommuneOptions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConversationTimeline } from '../../components/ConversationTimeline';
import { ErrorSummary, LoadState } from '../../components/Feedback';
import {
  CheckboxField,
  CheckboxGroup,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/Field';
import { Page } from '../../components/Layout';
import { LocationFields, type LocationValue, locationInput } from '../../components/LocationFields';
import { PersonalData } from '../../components/PersonalData';
import { type PhoneRow, PhonesEditor, phoneRowsOf, phonesInput } from '../../components/PhonesEditor';
import { UpcomingRideRequests } from '../../components/RideRequests';
import { useToast } from '../../components/Toasts';
import { contactChannelLabels, mobilityNeedLabels } from '../../i18n/labels';
import { fullName, isoDate, localInstant } from '../../lib/format';

interface Form {
  firstName: string;
  lastName: string;
  communeId: string;
  addressLine: string;
  location: LocationValue;
  phones: PhoneRow[];
  mobilityNeeds: MobilityNeed[];
  preferredChannel: ContactChannel;
  consentGiven: boolean;
  consentDate: string;
  consentSource: string;
  /** How the consent was given; only sent when chosen (the history keeps it). */
  consentChannel: '' | ConsentChannel;
  accessNote: string;
  paused: boolean;
}

const formOf = (resident: Resident | undefined): Form => ({
  firstName: resident?.firstName ?? '',
  lastName: resident?.lastName ?? '',
  communeId: resident?.communeId ?? '',
  addressLine: resident?.addressLine ?? '',
  location: resident
    ? { lat: String(resident.location.lat), lon: String(resident.location.lon) }
    : { lat: '', lon: '' },
  phones: resident ? phoneRowsOf(resident.phones) : [{ number: '', isPrimary: true }],
  mobilityNeeds: resident ? [...resident.mobilityNeeds] : [],
  preferredChannel: resident?.preferredChannel ?? 'voice',
  consentGiven: Boolean(resident?.consent),
  consentDate: resident?.consent ? isoDate(new Date(resident.consent.at)) : isoDate(new Date()),
  consentSource: resident?.consent?.source ?? '',
  consentChannel: '',
  accessNote: resident?.accessNote ?? '',
  paused: resident?.status === 'paused',
});

const FIELD_LABELS: Record<string, string> = {
  '/firstName': 'Prénom',
  '/lastName': 'Nom',
  '/communeId': 'Commune',
  '/addressLine': 'Adresse',
  '/location': 'Position',
  '/location/lat': 'Latitude',
  '/location/lon': 'Longitude',
  '/phones': 'Téléphones',
  '/preferredChannel': 'Contact préféré',
  '/consent/source': "Origine de l'accord",
  '/consent/at': "Date de l'accord",
  '/accessNote': 'Note pour le chauffeur',
};
const phoneLabel = (pointer: string) => {
  const match = /^\/phones\/(\d+)\/number$/.exec(pointer);
  return match ? `Téléphone ${Number(match[1]) + 1}` : undefined;
};

function toInput(form: Form): ResidentInput {
  return {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    communeId: form.communeId,
    addressLine: form.addressLine.trim(),
    location: locationInput(form.location),
    phones: phonesInput(form.phones),
    mobilityNeeds: form.mobilityNeeds,
    preferredChannel: form.preferredChannel,
    consent: form.consentGiven
      ? {
          source: form.consentSource.trim(),
          at: localInstant(form.consentDate, '12:00'),
          ...(form.consentChannel && { channel: form.consentChannel }),
        }
      : null,
    accessNote: form.accessNote.trim() || null,
  };
}

/** A resident's record: create or edit, archive, their coming trips and their conversations. */
export function ResidentPage() {
  const { id } = useParams();
  const { can } = useSession();
  const resident = useResident(id);
  if (id && !resident.data) {
    return (
      <Page title="Fiche habitant">
        <LoadState loading={resident.isPending} error={resident.error} label="Fiche" />
      </Page>
    );
  }
  const canWrite = can('residents:write');
  const title = resident.data ? fullName(resident.data) : 'Nouvel habitant';
  return (
    <Page
      title={title}
      actions={
        resident.data &&
        can('ride_requests:write') &&
        resident.data.status === 'active' && (
          <Link className="button secondary" to={`/app/appel/${resident.data.id}`}>
            Réserver un trajet
          </Link>
        )
      }
    >
      <div className={resident.data ? 'two-columns' : undefined}>
        <ResidentForm key={resident.data?.updatedAt ?? 'new'} resident={resident.data} readOnly={!canWrite} />
        {resident.data && (
          <div className="side">
            <UpcomingRideRequests residentId={resident.data.id} />
            <PersonalData residentId={resident.data.id} />
            {can('messages:read') && <ConversationTimeline person={{ residentId: resident.data.id }} />}
          </div>
        )}
      </div>
    </Page>
  );
}

function ResidentForm({ resident, readOnly }: { resident: Resident | undefined; readOnly: boolean }) {
  const [form, setForm] = useState<Form>(() => formOf(resident));
  const [archiving, setArchiving] = useState(false);
  const communes = useCommunes();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  // A new resident starts at their commune's centre; staff refine it if needed.
  const commune = communes.data?.items.find((c) => c.id === form.communeId);
  useEffect(() => {
    if (!resident && commune) {
      setForm((f) => ({
        ...f,
        location: { lat: String(commune.location.lat), lon: String(commune.location.lon) },
      }));
    }
  }, [resident, commune]);

  const save = useMutation({
    mutationFn: (input: ResidentInput) =>
      resident
        ? call(
            api.PATCH('/residents/{id}', {
              params: { path: { id: resident.id } },
              body: { ...input, status: form.paused ? 'paused' : 'active' },
            }),
          )
        : call(api.POST('/residents', { body: input })),
    onSuccess: (saved) => {
      toast.success(resident ? 'Fiche enregistrée.' : 'Habitant créé.');
      void queryClient.invalidateQueries({ queryKey: ['residents'] });
      if (!resident) navigate(`/app/habitants/${saved.id}`);
    },
  });
  const archive = useMutation({
    mutationFn: () => call(api.DELETE('/residents/{id}', { params: { path: { id: resident!.id } } })),
    onSuccess: () => {
      toast.success('Habitant archivé.');
      void queryClient.invalidateQueries({ queryKey: ['residents'] });
      navigate('/app/habitants');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toInput(form));
  };
  const errors = save.error instanceof ApiError ? { ...save.error.fields } : {};
  // No commune chosen reaches the API as an empty id ("bad format"): say what to do instead.
  if (errors['/communeId'] && !form.communeId) errors['/communeId'] = 'Choisissez la commune.';
  const labels = {
    ...FIELD_LABELS,
    ...Object.fromEntries(Object.keys(errors).map((p) => [p, phoneLabel(p) ?? FIELD_LABELS[p] ?? 'Champ'])),
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="card resident-form" aria-labelledby="resident-form-title">
        <h2 id="resident-form-title">Coordonnées</h2>
        {resident?.status === 'archived' && (
          <p className="notice">Cette fiche est archivée. L'enregistrer la réactive.</p>
        )}
        <ErrorSummary error={save.error} fieldLabels={labels} fields={errors} />
        <fieldset disabled={readOnly} className="plain">
          <div className="form-grid">
            <TextField
              label="Prénom"
              value={form.firstName}
              autoComplete="off"
              onChange={(event) => set('firstName', event.target.value)}
              error={errors['/firstName']}
              required
            />
            <TextField
              label="Nom"
              value={form.lastName}
              autoComplete="off"
              onChange={(event) => set('lastName', event.target.value)}
              error={errors['/lastName']}
              required
            />
          </div>
          <div className="form-grid">
            <TextField
              label="Adresse"
              value={form.addressLine}
              autoComplete="off"
              onChange={(event) => set('addressLine', event.target.value)}
              error={errors['/addressLine']}
              hint="Numéro, rue ou lieu-dit, code postal et commune"
              required
            />
            <SelectField
              label="Commune"
              value={form.communeId}
              onChange={(event) => set('communeId', event.target.value)}
              error={errors['/communeId']}
              required
            >
              <CommuneOptions emptyLabel="Choisir…" />
            </SelectField>
          </div>
          <LocationFields
            legend="Position pour les distances"
            value={form.location}
            onChange={(location) => set('location', location)}
            errors={errors}
            pointer="/location"
          />
          <PhonesEditor rows={form.phones} onChange={(phones) => set('phones', phones)} errors={errors} />
          <RadioGroup
            legend="Contact préféré pour les confirmations"
            name="preferredChannel"
            value={form.preferredChannel}
            onChange={(value) => set('preferredChannel', value)}
            error={errors['/preferredChannel']}
            choices={(Object.keys(contactChannelLabels) as ContactChannel[]).map((value) => ({
              value,
              label: contactChannelLabels[value],
            }))}
          />
          <CheckboxGroup
            legend="Besoins de mobilité"
            hint="Seulement ce qui décide du véhicule ; aucun détail de santé."
            values={form.mobilityNeeds}
            onChange={(needs) => set('mobilityNeeds', needs)}
            choices={(Object.keys(mobilityNeedLabels) as MobilityNeed[]).map((need) => ({
              value: need,
              label: mobilityNeedLabels[need],
            }))}
          />
          <fieldset className="field">
            <legend>Accord de l'habitant</legend>
            <CheckboxField
              label="A accepté d'être contacté et que ses données soient conservées"
              checked={form.consentGiven}
              onChange={(event) => set('consentGiven', event.target.checked)}
            />
            {form.consentGiven && (
              <div className="form-grid">
                <TextField
                  label="Date de l'accord"
                  type="date"
                  value={form.consentDate}
                  onChange={(event) => set('consentDate', event.target.value)}
                  error={errors['/consent/at']}
                />
                <TextField
                  label="Comment l'accord a été donné"
                  value={form.consentSource}
                  onChange={(event) => set('consentSource', event.target.value)}
                  error={errors['/consent/source']}
                  hint="Par exemple : appel avec le CIAS, formulaire signé"
                  required
                />
                <SelectField
                  label="Par quel canal"
                  value={form.consentChannel}
                  onChange={(event) => set('consentChannel', event.target.value as Form['consentChannel'])}
                >
                  <option value="">Non précisé</option>
                  <option value="paper_form">Formulaire papier</option>
                  <option value="phone">Téléphone</option>
                  <option value="in_person">En personne</option>
                  <option value="sms">SMS</option>
                  <option value="voice">Ligne vocale</option>
                  <option value="partner">Par un partenaire</option>
                </SelectField>
              </div>
            )}
          </fieldset>
          <TextAreaField
            label="Note pour le chauffeur (facultatif)"
            hint="Code de porte, sonner deux fois… 200 caractères au plus, jamais de détail médical."
            maxLength={200}
            value={form.accessNote}
            onChange={(event) => set('accessNote', event.target.value)}
            error={errors['/accessNote']}
          />
          {resident && (
            <CheckboxField
              label="En pause (ne réserve plus pour le moment)"
              checked={form.paused}
              onChange={(event) => set('paused', event.target.checked)}
            />
          )}
        </fieldset>
        {!readOnly && (
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? 'Enregistrement…' : resident ? 'Enregistrer' : "Créer l'habitant"}
            </button>
            {resident && resident.status !== 'archived' && (
              <button type="button" className="danger" onClick={() => setArchiving(true)}>
                Archiver
              </button>
            )}
          </div>
        )}
      </form>
      {resident && (
        <ConfirmDialog
          open={archiving}
          title="Archiver cet habitant ?"
          confirmLabel="Archiver"
          danger
          busy={archive.isPending}
          onCancel={() => setArchiving(false)}
          onConfirm={() => archive.mutate()}
        >
          <p>
            {fullName(resident)} ne pourra plus réserver. Son historique est conservé ; la fiche peut être
            réactivée.
          </p>
          <ErrorSummary error={archive.error} focus={false} />
        </ConfirmDialog>
      )}
    </>
  );
}
