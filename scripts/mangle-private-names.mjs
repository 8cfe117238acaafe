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
 * `properties` goes to terser's `mangle.properties`; `plugin` must come before terser in `plugins`
 * (Rollup runs `renderChunk` hooks in order), where it fills `properties.reserved` from the chunk.
 * `internal` lists further names only the package's own code uses (see internal-names.mjs): they are
 * shortened too, unless the chunk quotes them or a library in it reads or writes a property by that name.
 */
export default function manglePrivateNames({ internal = [] } = {}) {
  const internalSet = new Set(internal);
  const names = internal.map((n) => n.replace(/\$/g, '\\$'));
  const regex = names.length ? new RegExp(`^(?:_[a-zA-Z]|(?:${names.join('|')})$)`) : PRIVATE;
  const properties = { regex, reserved: [] };
  const shortened = (name) => PRIVATE.test(name) || internalSet.has(name);
  const plugin = {
    name: 'mangle-private-names',
    renderChunk(code, chunk) {
      const reserved = new Set([...code.matchAll(QUOTED)].map((m) => m[1]).filter(shortened));
      for (const [id, module] of Object.entries(chunk.modules)) {
        if (!id.includes('node_modules')) continue;
        for (const m of (module.code ?? '').matchAll(MEMBER)) if (internalSet.has(m[1])) reserved.add(m[1]);
      }
      properties.reserved.splice(0, Infinity, ...[...reserved].sort());
      return null;
    },
  };
  return { plugin, properties };
}
