import { type KeyboardEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useResident, useResidents } from '../api/queries';
import { useSession } from '../auth/session';
import { LoadState } from '../components/Feedback';
import { Page } from '../components/Layout';
import { ResidentCard } from '../components/ResidentCard';
import { NewRideRequestForm, UpcomingRideRequests } from '../components/RideRequests';
import { personStatusLabels } from '../i18n/labels';
import { formatPhone, fullName } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';

/**
 * The phone desk: one search box that finds the caller by the number on the phone's display (any
 * French format) or by name, then their card, their coming trips and a new ride request.
 */
export function PhoneDeskPage() {
  const { residentId } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 200);
  const results = useResidents({ q: term, pageSize: 8 }, term.length >= 2);
  const caller = useResident(residentId);
  const items = term.length >= 2 ? (results.data?.items ?? []) : [];

  const open = (id: string) => {
    navigate(`/app/appel/${id}`);
    setSearch('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter opens the caller when the search names exactly one person.
    if (event.key === 'Enter' && items.length === 1 && items[0]) {
      event.preventDefault();
      open(items[0].id);
    }
  };

  return (
    <Page title="Accueil téléphonique" focusHeading={false}>
      <div className="desk">
        <search className="desk-search" aria-label="Trouver l'appelant">
          <div className="field">
            <label htmlFor="caller-search">Numéro ou nom de l'appelant</label>
            <p className="hint" id="caller-search-hint">
              Par exemple 06 39 98 00 01, 0639980001, +33 6… ou « le goff ». Entrée ouvre la fiche quand un
              seul habitant correspond.
            </p>
            <input
              id="caller-search"
              type="search"
              autoComplete="off"
              // biome-ignore lint/a11y/noAutofocus: the phone desk exists to type the caller's number at once
              autoFocus
              aria-describedby="caller-search-hint"
              aria-controls="caller-results"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              onKeyDown={onKeyDown}
            />
          </div>
          <div id="caller-results" aria-live="polite">
            {term.length >= 2 && results.isFetching && !results.data && <p role="status">Recherche…</p>}
            {term.length >= 2 && results.data && (
              <>
                <p className="muted">
                  {results.data.total === 0
                    ? 'Aucun habitant ne correspond.'
                    : `${results.data.total} habitant${results.data.total > 1 ? 's' : ''} trouvé${results.data.total > 1 ? 's' : ''}`}
                </p>
                <ul className="results">
                  {items.map((resident) => (
                    <li key={resident.id}>
                      <button type="button" className="result" onClick={() => open(resident.id)}>
                        <strong>{fullName(resident)}</strong>
                        <span>
                          {resident.phones.map((p) => formatPhone(p.e164)).join(' · ') || 'sans téléphone'}
                        </span>
                        <span className="muted">
                          {resident.addressLine}
                          {resident.status !== 'active' ? ` · ${personStatusLabels[resident.status]}` : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {term.length >= 2 && results.data?.total === 0 && can('residents:write') && (
              <p>
                <Link to="/app/habitants/nouveau">Créer la fiche d'un nouvel habitant</Link>
              </p>
            )}
          </div>
        </search>
        <div className="desk-caller">
          {!residentId && <p className="muted">Cherchez l'appelant pour afficher sa fiche.</p>}
          {residentId && (
            <LoadState loading={caller.isPending} error={caller.error} label="Fiche de l'appelant" />
          )}
          {caller.data && (
            <>
              <ResidentCard resident={caller.data} />
              <UpcomingRideRequests residentId={caller.data.id} />
              {can('ride_requests:write') && caller.data.status === 'active' && (
                <NewRideRequestForm key={caller.data.id} resident={caller.data} />
              )}
            </>
          )}
        </div>
      </div>
    </Page>
  );
}
