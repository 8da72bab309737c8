import { useCommunes } from '../api/queries';

/** The territory's communes as the options of a select, after an optional empty choice. */
export function CommuneOptions({ emptyLabel }: { emptyLabel?: string }) {
  const communes = useCommunes();
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {(communes.data?.items ?? []).map((commune) => (
        <option key={commune.id} value={commune.id}>
          {commune.name}
        </option>
      ))}
    </>
  );
}
