/**
 * The pages reached from an SMS link (a volunteer's offers and trips, a round's route sheet) arrive
 * with the volunteer and shuttle APIs; until then the link says so plainly.
 */
export function LinkPage({ kind }: { kind: 'volunteer' | 'route-sheet' }) {
  const what = kind === 'volunteer' ? 'Votre espace bénévole' : 'La feuille de route de la tournée';
  return (
    <main id="contenu" className="link-page">
      <h1>{what}</h1>
      <p>Cette page n'est pas encore disponible.</p>
      <p>En attendant, répondez aux SMS que vous recevez ou appelez le CIAS.</p>
    </main>
  );
}
