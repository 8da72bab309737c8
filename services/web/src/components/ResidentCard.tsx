import { Link } from 'react-router';
import { useCommunes } from '../api/queries';
import type { Resident } from '../api/types';
import {
  contactChannelLabels,
  mobilityNeedLabels,
  personStatusLabels,
  phoneKindLabels,
} from '../i18n/labels';
import { formatPhone, fullName } from '../lib/format';
import { Badge } from './Feedback';

/** Who is on the line: how to reach them, what they need, where they live. */
export function ResidentCard({ resident }: { resident: Resident }) {
  const communes = useCommunes();
  const commune = communes.data?.items.find((c) => c.id === resident.communeId);
  return (
    <section className="card caller" aria-labelledby="caller-name">
      <h2 id="caller-name">
        {fullName(resident)}{' '}
        {resident.status !== 'active' && <Badge tone="warning">{personStatusLabels[resident.status]}</Badge>}
      </h2>
      <dl className="facts">
        <dt>Adresse</dt>
        <dd>
          {resident.addressLine}
          {commune && !resident.addressLine.includes(commune.name) ? `, ${commune.name}` : ''}
        </dd>
        <dt>Téléphones</dt>
        <dd>
          {resident.phones.length === 0
            ? 'aucun'
            : resident.phones.map((phone) => (
                <span key={phone.e164} className="phone">
                  {formatPhone(phone.e164)} ({phoneKindLabels[phone.kind]}
                  {phone.isPrimary ? ', principal' : ''})
                </span>
              ))}
        </dd>
        <dt>Contact préféré</dt>
        <dd>{contactChannelLabels[resident.preferredChannel]}</dd>
        <dt>Besoins</dt>
        <dd>
          {resident.mobilityNeeds.length === 0
            ? 'aucun besoin particulier'
            : resident.mobilityNeeds.map((need) => mobilityNeedLabels[need]).join(', ')}
        </dd>
        {resident.accessNote && (
          <>
            <dt>Pour le chauffeur</dt>
            <dd>{resident.accessNote}</dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/app/habitants/${resident.id}`}>Fiche complète et conversations</Link>
      </p>
    </section>
  );
}
