// Shorter names for the elements' private members (`_name`, TypeScript's `private` by this package's
// convention) in the embed: terser's property mangling, told which names it must keep.
// A member is renamed everywhere it is written as `._name`, but a name that also reaches the code as a
// string would be missed there: the decorators (`__decorateClass(…, "_trackWidth")` makes Lit's
// reactive accessor by that name), `changedProperties.has('_name')`, `this['_name']`. So every `_name`
// that appears quoted anywhere in the chunk keeps its name. Lit's own cross-version fields (`_$…`) do
// not match. Nothing outside the bundle reads `_` members: a page only uses the public API.
const PRIVATE = /^_[a-zA-Z]/;
const QUOTED_PRIVATE = /["'`](_[a-zA-Z][\w$]*)["'`]/g;

/**
 * `properties` goes to terser's `mangle.properties`; `plugin` must come before terser in `plugins`
 * (Rollup runs `renderChunk` hooks in order), where it fills `properties.reserved` from the chunk.
 */
export default function manglePrivateNames() {
  const properties = { regex: PRIVATE, reserved: [] };
  const plugin = {
    name: 'mangle-private-names',
    renderChunk(code) {
      const quoted = new Set([...code.matchAll(QUOTED_PRIVATE)].map((m) => m[1]));
      properties.reserved.splice(0, Infinity, ...[...quoted].sort());
      return null;
    },
  };
  return { plugin, properties };
}
