import { runPlanRequestSchema } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormAlert, TextField } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { useRunPlan } from '../api/use-run-plan';

/** Draws the sample: creates the audit and queues the sampling job, then opens the audit. */
export function RunPlanForm({ planId }: { planId: string }) {
  const runPlan = useRunPlan();
  const navigate = useNavigate();
  const [seed, setSeed] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const parsed = runPlanRequestSchema.safeParse(seed.trim() ? { seed: seed.trim() } : {});
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the seed');
    runPlan.mutate(
      { planId, request: parsed.data },
      { onSuccess: (audit) => navigate(`/audits/${audit.id}`), onError: (failure) => setError(errorMessage(failure)) },
    );
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-label="Run plan">
      <h2>Run</h2>
      <FormAlert message={error} />
      <TextField
        label="Seed for this run (optional)"
        value={seed}
        onValueChange={setSeed}
        hint="Overrides the plan’s seed once, e.g. to redraw a sample you were given."
        maxLength={64}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={runPlan.isPending}>
          {runPlan.isPending ? 'Starting…' : 'Draw sample'}
        </button>
      </div>
    </form>
  );
}
