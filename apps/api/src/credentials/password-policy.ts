import { PASSWORD_MIN_LENGTH } from '@recode/contracts';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { AppError } from '../common/errors';

/** zxcvbn's 0–4 guessability score; 3 means "safely unguessable" against an online attack with throttling off. */
export const PASSWORD_MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
/** Built on first use: the dictionaries are large and most requests never set a password. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  });
  return estimator;
}

/**
 * Why a new password is refused, or null when it is acceptable. The one rule for account creation,
 * an admin's reset and a user's own change (the length limit is also in the contracts' zod schema,
 * which the web forms use; the strength check stays on the server, so the dictionaries are not
 * shipped to browsers and the form shows the 400's message). The user's own e-mail and name count
 * as easy guesses.
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  if (password.trim() === '') return 'must not be only spaces';
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => Boolean(s));
  return `is too easy to guess${why.length ? `: ${why.join(' ')}` : ''}`;
}

/** Throws 400 PASSWORD_TOO_WEAK naming the field (e.g. `body.password`) and the reason. */
export function assertStrongPassword(field: string, password: string, userInputs: string[] = []): void {
  const weakness = passwordWeakness(password, userInputs);
  if (weakness)
    throw new AppError(400, 'PASSWORD_TOO_WEAK', `The password ${weakness}`, [{ path: field, message: weakness }]);
}
