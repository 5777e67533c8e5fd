import { errorMessage } from '../../lib/api-error';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  retrying?: boolean;
}

export function ErrorState({ error, onRetry, title = 'Could not load this list', retrying = false }: ErrorStateProps) {
  return (
    <section className="state-card state-error" role="alert">
      <p className="state-title">{title}</p>
      <p className="state-body">{errorMessage(error)}</p>
      {onRetry ? (
        <div className="state-action">
          <button type="button" className="btn" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      ) : null}
    </section>
  );
}
