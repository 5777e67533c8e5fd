import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../components';
import { useCodeSets } from '../api/use-code-sets';
import { CodeLookupForm } from '../components/code-lookup-form';
import { CodeSetsTable } from '../components/code-sets-table';
import { CptLicenceNote } from '../components/cpt-licence-note';
import { CptUploadForm } from '../components/cpt-upload-form';

export function CodeSetsRoute() {
  const sets = useCodeSets();
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="page">
      <PageHeader
        title="Code sets"
        description="The reference lists imports and audits check codes against, each for its own year, and your organisation's licensed CPT file."
      />
      <section className="card" aria-labelledby="lookup-heading">
        <h2 id="lookup-heading">Look up a code</h2>
        <CodeLookupForm />
      </section>
      <section aria-labelledby="loaded-heading">
        <h2 id="loaded-heading">Loaded code sets</h2>
        {sets.isPending ? (
          <LoadingState label="Loading the code sets…" />
        ) : sets.isError ? (
          <ErrorState error={sets.error} onRetry={() => void sets.refetch()} retrying={sets.isFetching} />
        ) : sets.data.length === 0 ? (
          <EmptyState title="No code sets are loaded yet.">
            <p>
              Run <code>npm run codesets:load</code> on the server (npm start does it on first start); it reads
              ICD-10-CM/PCS, POA-exempt lists, MS-DRG and HCPCS from the data directory.
            </p>
          </EmptyState>
        ) : (
          <CodeSetsTable sets={sets.data} />
        )}
      </section>
      <section className="card" aria-labelledby="cpt-heading">
        <h2 id="cpt-heading">Customer CPT file</h2>
        <CptLicenceNote sets={sets.data} today={today} />
        <CptUploadForm />
      </section>
    </div>
  );
}
