import { useMutation, useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { downloadFile } from '../api/download';
import { useSession } from '../auth/session';
import { formatDate } from '../lib/format';
import { ErrorSummary, LoadState } from './Feedback';

const channelLabels: Record<string, string> = {
  paper_form: 'formulaire papier',
  phone: 'téléphone',
  in_person: 'en personne',
  sms: 'SMS',
  voice: 'ligne vocale',
  partner: 'partenaire',
  unspecified: 'canal non précisé',
};

/**
 * A resident's consent history (each consent given or withdrawn, when, how) and, for the staff who
 * handle data requests, the export of everything held about them (JSON or CSV, recorded).
 */
export function PersonalData({ residentId }: { residentId: string }) {
  const { can } = useSession();
  const consents = useQuery({
    queryKey: ['residents', 'consents', residentId],
    queryFn: () => call(api.GET('/residents/{id}/consents', { params: { path: { id: residentId } } })),
  });
  const exportData = useMutation({
    mutationFn: (format: 'json' | 'csv') =>
      downloadFile(
        `/residents/${residentId}/export?format=${format}`,
        `donnees-habitant-${residentId}.${format}`,
      ),
  });
  return (
    <section aria-labelledby="personal-data-title" className="card">
      <h2 id="personal-data-title">Accord et données personnelles</h2>
      <LoadState loading={consents.isPending} error={consents.error} label="Historique des accords" />
      {consents.data &&
        (consents.data.items.length === 0 ? (
          <p>Aucun accord enregistré.</p>
        ) : (
          <ul className="plain">
            {consents.data.items.map((c) => (
              <li key={c.id}>
                {c.given ? 'Accord donné' : 'Accord retiré'} le {formatDate(c.at)}, {channelLabels[c.channel]}
                {c.source ? ` (${c.source})` : ''}
              </li>
            ))}
          </ul>
        ))}
      {can('residents:personal_data') && (
        <>
          <ErrorSummary error={exportData.error} focus={false} />
          <div className="actions">
            <button type="button" className="secondary" onClick={() => exportData.mutate('csv')}>
              Exporter ses données (CSV)
            </button>
            <button type="button" className="secondary" onClick={() => exportData.mutate('json')}>
              Exporter ses données (JSON)
            </button>
          </div>
        </>
      )}
    </section>
  );
}
