import type { ErrorDetail } from '@recode/contracts';
import { detailLines } from '../import-failure';

interface ProblemAlertProps {
  title: string;
  message: string;
  details: readonly Pick<ErrorDetail, 'path' | 'message'>[];
}

/** A refused upload or a failed import: the server's message and every detail it named. */
export function ProblemAlert({ title, message, details }: ProblemAlertProps) {
  const lines = detailLines(details);
  return (
    <div className="form-alert import-problem" role="alert">
      <p className="import-problem-title">
        {title}: {message}
      </p>
      {lines.length > 0 ? (
        <ul className="import-problem-details">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
