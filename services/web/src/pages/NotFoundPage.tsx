import { Link } from 'react-router';
import { Page } from '../components/Layout';

export function NotFoundPage() {
  return (
    <Page title="Page introuvable">
      <p>Cette adresse ne correspond à aucune page de Solimob.</p>
      <p>
        <Link to="/app">Revenir à la page « Aujourd'hui »</Link>
      </p>
    </Page>
  );
}
