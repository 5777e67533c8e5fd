// Console output for the dev scripts: coloured when a terminal reads it, plain in CI logs and files.
const useColour = !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || Boolean(process.stdout.isTTY));

const codes = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, grey: 90, bold: 1 };

/** @param {keyof typeof codes} colour @param {string} text */
export function paint(colour, text) {
  return useColour ? `\u001b[${codes[colour]}m${text}\u001b[0m` : text;
}

/** @param {string} message */
export function info(message) {
  console.log(`${paint('cyan', '›')} ${message}`);
}

/** @param {string} message */
export function ok(message) {
  console.log(`${paint('green', '✔')} ${message}`);
}

/** @param {string} message */
export function warn(message) {
  console.warn(`${paint('yellow', '!')} ${message}`);
}

/** @param {string} message */
export function error(message) {
  console.error(`${paint('red', '✖')} ${message}`);
}

/** An error whose message is meant for a person: the scripts print it without a stack trace. */
export class UserFacingError extends Error {}

/** Runs a script's main function; a UserFacingError prints its message, anything else its stack. */
export function runMain(/** @type {() => Promise<number | void>} */ main) {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (err) => {
      error(err instanceof UserFacingError ? err.message : (err?.stack ?? String(err)));
      process.exitCode = 1;
    },
  );
}
