import { FormAlert } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import type { SaveProblems } from '../review-errors';

/** A refused save: each problem in the screen's words (the lines as numbered on screen), else the API's message. */
export function SaveProblemsAlert({ error, problems }: { error: unknown; problems: SaveProblems }) {
  const messages = [...problems.lines.map((p) => p.message), ...problems.other];
  if (messages.length === 0) return <FormAlert message={errorMessage(error)} />;
  return (
    <div className="form-alert" role="alert">
      <p>The record was not saved:</p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
