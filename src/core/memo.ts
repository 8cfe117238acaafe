/**
 * `fn`, remembering its last result: called again with the same arguments (each the same value or
 * object, by `Object.is`), it returns that result without running. Derived state is recomputed when
 * one of its inputs is a new object, not when a string key built from them changes: callers keep
 * their inputs immutable and make a new object for each change.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
