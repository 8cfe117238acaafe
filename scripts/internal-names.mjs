// The property names that only the package's own code reads and writes, for the embed's name
// shortening (see mangle-private-names.mjs): the members of the timeline's model, state, controllers,
// layouts and parts and of core's internal structures (lanes, frames, scales, …), which the old single
// class had as `_private` fields. A name is taken only when no one outside the bundle can see it:
// - it is declared (interface, type literal, class member, parameter property) in a module of `src/`
//   that is not public: not the data model (`core/types.ts`), the messages a page may override
//   (`core/messages.ts`), the event classes, or an element's class (its members are the API);
// - no public module declares it too, nor the DOM and the JavaScript library (TypeScript's `lib.*.d.ts`,
//   their members and the string values they name, such as Intl's plural category `other`),
//   nor the libraries in the bundle (their `.d.ts`), nor the dataset's JSON Schema, and the code does not
//   read it from an element's `dataset` (`li.dataset.eventId`).
// What the chunk itself adds (a name quoted anywhere, or used by a library's code) is checked when the
// chunk is rendered.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const PUBLIC = [/^core\/types\.ts$/, /^core\/messages\.ts$/, /^events\//, /^index\.ts$/];
/** The libraries in the bundle (lit's own packages and the package's dependencies), and their types. */
function libraryTypeFolders(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
  ];
  return names
    .flatMap((name) => [name, `@types/${name.replace(/^@([^/]+)\//, '$1__')}`])
    .map((name) => join(root, 'node_modules', name))
    .filter((dir) => existsSync(dir));
}

function files(dir, test) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, test));
    else if (test(path)) out.push(path);
  }
  return out;
}

/** The member names a TypeScript file declares. */
function declaredNames(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set();
  const add = (name) => {
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)))
      names.add(name.text);
  };
  const visit = (node) => {
    if (
      ts.isPropertySignature(node) ||
      ts.isMethodSignature(node) ||
      ts.isPropertyDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      add(node.name);
    } else if (ts.isParameter(node) && ts.isParameterPropertyDeclaration(node, node.parent)) {
      add(node.name);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/**
 * The string literal types a declaration file names (`'one' | 'other'`): values the platform hands the
 * code at run time (Intl's plural categories), which the code may use as keys (`words[plural]`).
 */
function literalTypeNames(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set();
  const visit = (node) => {
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) names.add(node.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function schemaNames(value, out = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => schemaNames(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((k) => out.add(k));
      schemaNames(v, out);
    }
  }
  return out;
}

/** The names the embed may shorten, from the sources under `root` (the project's folder). */
export function internalNames(root) {
  const src = join(root, 'src');
  const isElementClass = (rel) => {
    const m = /^components\/([^/]+)\/([^/]+)\.ts$/.exec(rel);
    return m !== null && m[1] === m[2];
  };
  const internal = new Set();
  const taken = new Set();
  const dataKeys = new Set();
  for (const path of files(src, (p) => p.endsWith('.ts'))) {
    const rel = relative(src, path).split(sep).join('/');
    const names = declaredNames(path);
    const pub = PUBLIC.some((re) => re.test(rel)) || isElementClass(rel);
    for (const n of names) (pub ? taken : internal).add(n);
    for (const m of readFileSync(path, 'utf8').matchAll(/\.dataset\.([A-Za-z_$][\w$]*)/g)) dataKeys.add(m[1]);
  }
  const tsLib = join(root, 'node_modules', 'typescript', 'lib');
  for (const name of readdirSync(tsLib)) {
    if (!/^lib\..*\.d\.ts$/.test(name)) continue;
    for (const n of declaredNames(join(tsLib, name))) taken.add(n);
    for (const n of literalTypeNames(join(tsLib, name))) taken.add(n);
  }
  for (const dir of libraryTypeFolders(root)) {
    for (const path of files(
      dir,
      (p) => p.endsWith('.d.ts') && !p.includes(`${sep}node_modules${sep}`, dir.length),
    ))
      for (const n of declaredNames(path)) taken.add(n);
  }
  const schema = JSON.parse(readFileSync(join(root, 'schema', 'dataset.schema.json'), 'utf8'));
  for (const n of schemaNames(schema)) taken.add(n);
  // Names starting with `_` are the private ones, shortened anyway; short names gain nothing.
  return [...internal]
    .filter((n) => !taken.has(n) && !dataKeys.has(n) && !n.startsWith('_') && n.length > 2)
    .filter((n) => /^[A-Za-z$][\w$]*$/.test(n))
    .sort();
}
