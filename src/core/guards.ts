/**
 * Never-throwing looks at values of unknown origin: data from a page, a file or a host's code may be
 * a revoked Proxy, an object with throwing getters, or a thrown value that is not an `Error`. These
 * three answer without running anything that can throw to the caller.
 */

/** The longest text of a thrown value that goes into a message; a 10 MB message is not echoed. */
const MAX_MESSAGE_LENGTH = 500;

/** The longest text quoted whole in a message. */
const MAX_QUOTED_LENGTH = 60;

/**
 * Text quoted for a message, as JSON (so quotes and line breaks inside stay visible), cut after
 * 59 characters with "…" so a huge string is not echoed: `quoteText('a "b"')` → `"a \"b\""`.
 */
export function quoteText(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED_LENGTH ? text.slice(0, MAX_QUOTED_LENGTH - 1) + '…' : text);
}

/** `Array.isArray`, but `undefined` for a revoked Proxy (on which `Array.isArray` throws). */
function arrayOrUnreadable(value: object): boolean | undefined {
  try {
    return Array.isArray(value);
  } catch {
    return undefined;
  }
}

/**
 * An object that is not a list, so its fields can be looked at. `false` for `null`, lists, functions
 * and revoked Proxies. Never throws. (A live Proxy or an object with getters passes: reading its
 * fields may still throw, so callers read them inside a `try`.)
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && arrayOrUnreadable(value) === false;
}

/**
 * What a value is, for messages: `null`, `undefined`, `a list`, `an object`, `the text "x"`,
 * `the number 3`, `true`, `a function`, `a revoked Proxy`. Never throws.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `the text ${quoteText(value)}`;
    case 'number':
    case 'bigint':
      return `the number ${String(value)}`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  const isArray = arrayOrUnreadable(value as object);
  return isArray === undefined ? 'a revoked Proxy' : isArray ? 'a list' : 'an object';
}

/** `text`, cut to {@link MAX_MESSAGE_LENGTH} characters with "…". */
const capped = (text: string) =>
  text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH - 1) + '…' : text;

/**
 * The message of a caught exception, for an issue or a status line. Never throws, whatever was thrown:
 * an `Error` (also from another realm) gives its message, a string itself, anything else says what was
 * thrown (`null was thrown`, `an object was thrown`). A `null`-prototype object, a revoked Proxy or a
 * throwing `message` getter, on which `String(e)` or `e.message` would throw again, are all answered.
 */
export function errorMessage(e: unknown): string {
  try {
    if (typeof e === 'string') return e === '' ? 'an empty text was thrown' : capped(e);
    if (isRecord(e)) {
      // `message` rather than `instanceof Error`: an Error from an iframe or a worker is not an
      // instance of this realm's Error, and an `instanceof` on a Proxy runs its getPrototypeOf trap.
      const message: unknown = e.message;
      if (typeof message === 'string' && message !== '') return capped(message);
      const name: unknown = e.name;
      if (typeof name === 'string' && name !== '') return capped(name);
    }
  } catch {
    // A throwing getter or trap: say what was thrown without looking further.
  }
  return `${describeValue(e)} was thrown`;
}
