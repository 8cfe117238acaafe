// Shorter names for the elements' private members (`_name`, TypeScript's `private` by this package's
// convention) in the embed: terser's property mangling, told which names it must keep.
// A member is renamed everywhere it is written as `._name`, but a name that also reaches the code as a
// string would be missed there: the decorators (`__decorateClass(…, "_trackWidth")` makes Lit's
// reactive accessor by that name), `changedProperties.has('_name')`, `this['_name']`. So every `_name`
// that appears quoted anywhere in the chunk keeps its name. Lit's own cross-version fields (`_$…`) do
// not match. Nothing outside the bundle reads `_` members: a page only uses the public API.
const PRIVATE = /^_[a-zA-Z]/;
const QUOTED = /["'`]([A-Za-z_$][\w$]*)["'`]/g;
const MEMBER = /\.([A-Za-z_$][\w$]*)/g;

/**
 * `properties` goes to terser's `mangle.properties` (give terser a `nameCache` too when there are
 * several chunks); `plugin` must come before terser in `plugins`, where it fills `properties.reserved`.
 * `internal` lists further names only the package's own code uses (see internal-names.mjs): they are
 * shortened too, unless the chunk quotes them or a library in it reads or writes a property by that name.
 */
export default function manglePrivateNames({ internal = [] } = {}) {
  const internalSet = new Set(internal);
  const names = internal.map((n) => n.replace(/\$/g, '\\$'));
  const regex = names.length ? new RegExp(`^(?:_[a-zA-Z]|(?:${names.join('|')})$)`) : PRIVATE;
  const properties = { regex, reserved: [] };
  const shortened = (name) => PRIVATE.test(name) || internalSet.has(name);
  // Gathered from every module as it is transformed, so that each chunk keeps the same names: the
  // chunks share objects, and terser (with a shared name cache) gives a name one short name in all.
  const reserved = new Set();
  const plugin = {
    name: 'mangle-private-names',
    transform(code, id) {
      for (const m of code.matchAll(QUOTED)) if (shortened(m[1])) reserved.add(m[1]);
      if (id.includes('node_modules'))
        for (const m of code.matchAll(MEMBER)) if (internalSet.has(m[1])) reserved.add(m[1]);
      return null;
    },
    renderChunk() {
      properties.reserved.splice(0, Infinity, ...[...reserved].sort());
      return null;
    },
  };
  return { plugin, properties };
}
