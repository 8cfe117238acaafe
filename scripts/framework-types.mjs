// Types and editor data for using the tags directly, generated from custom-elements.json (after
// `tsc` and `cem analyze` in `npm run build`) by the custom-element-*-integration generators:
//   dist/types/jsx.d.ts        `CustomElements` for any JSX (Preact, Solid, …) to extend
//   dist/types/react-jsx.d.ts  React 19's JSX.IntrinsicElements extended with it
//   dist/types/vue.d.ts        Vue's GlobalComponents
//   dist/types/svelte.d.ts     Svelte's SvelteHTMLElements
//   vscode.html-custom-data.json, vscode.css-custom-data.json, web-types.json (VS Code, JetBrains)
//   dist/conflict-timeline.min.d.ts  the embed's types (src/embed.ts's)
//
// The generators type a property as `Element['prop']` (what its getter returns) and an event as
// `CustomEvent<its manifest type>`. Two things are put right on the way in, from the shipped
// declarations (dist/index.d.ts, read with TypeScript's checker):
// - each event is typed by its detail (`ct-select` -> `SelectDetail`), found from the event class whose
//   `eventName` is the event's name; a manifest event no class fires is left out, with a warning;
// - the generated types import the elements from dist/types/elements.d.ts, where a property whose setter
//   takes more than its getter returns (`data` takes the JSON or its text) is widened by what the
//   manifest says it accepts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist/types');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
let problems = 0;
const warn = (message) => {
  problems++;
  console.warn(`[framework-types] ${message}`);
};

// The package's public declarations, as a consumer sees them.
const program = ts.createProgram([join(root, 'dist/index.d.ts')], {
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
});
const checker = program.getTypeChecker();
const entry = checker.getSymbolAtLocation(program.getSourceFile(join(root, 'dist/index.d.ts')));
const exported = new Map(
  checker
    .getExportsOfModule(entry)
    .map((s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]),
);

/** `ct-select` -> { className: 'SelectEvent', detail: 'SelectDetail' }, from `class … extends CustomEvent<D>`. */
const eventClasses = new Map();
for (const [name, symbol] of exported) {
  const decl = symbol.declarations?.find(ts.isClassDeclaration);
  const base = decl?.heritageClauses?.[0]?.types[0];
  if (!base || base.expression.getText() !== 'CustomEvent') continue;
  const detail = base.typeArguments?.[0]?.getText();
  const eventNameMember = decl.members.find((m) => m.name?.getText() === 'eventName');
  const literal = eventNameMember && checker.getTypeAtLocation(eventNameMember);
  if (!detail || !literal?.isStringLiteral()) continue;
  eventClasses.set(literal.value, { className: name, detail });
}

const BUILT_INS = new Set(['string', 'number', 'boolean', 'null', 'undefined', 'Date', 'Array', 'Record']);
/** Whether every name in a manifest type is a built-in or exported by the package (so it can be imported). */
const importable = (text) =>
  (text.replace(/'[^']*'|"[^"]*"/g, '').match(/[A-Za-z_$][\w$]*/g) ?? []).every(
    (name) => BUILT_INS.has(name) || exported.has(name),
  );

/** The properties of an element whose setter takes another type than its getter gives: name -> accepted type. */
function widenedProperties(decl) {
  const symbol = exported.get(decl.name);
  const classType = symbol && checker.getDeclaredTypeOfSymbol(symbol);
  const widened = new Map();
  for (const member of decl.members ?? []) {
    if (member.kind !== 'field' || member.static) continue;
    const prop = classType?.getProperty(member.name);
    const getter = prop?.declarations?.find(ts.isGetAccessorDeclaration);
    const setter = prop?.declarations?.find(ts.isSetAccessorDeclaration);
    if (!getter || !setter) continue;
    const read = checker.typeToString(checker.getTypeOfSymbol(prop));
    const setterType = checker.getTypeAtLocation(setter.parameters[0]);
    const written = checker.typeToString(setterType, undefined, ts.TypeFormatFlags.InTypeAlias);
    if (read === written) continue;
    const fromManifest = member.type?.text;
    if (fromManifest && fromManifest !== read && importable(fromManifest))
      widened.set(member.name, fromManifest);
    else if (!(setterType.flags & ts.TypeFlags.Unknown) && importable(written))
      widened.set(member.name, written);
    else {
      // Better too loose than rejecting what the element takes.
      widened.set(member.name, 'unknown');
      warn(
        `${decl.tagName}.${member.name}: its setter takes ${written} and the manifest's type (${fromManifest ?? 'none'}) is the getter's or not exported: typed unknown (say in the manifest what it accepts)`,
      );
    }
  }
  return widened;
}

// The manifest the generators read: a copy, with the events typed by their detail.
const forGenerators = structuredClone(manifest);
const elements = [];
for (const mod of forGenerators.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    elements.push(decl);
    decl.events = (decl.events ?? []).flatMap((event) => {
      const found = event.name && eventClasses.get(event.name);
      if (!found) {
        warn(
          `${decl.tagName}: left out the manifest event ${JSON.stringify(event)}: no event class fires it`,
        );
        return [];
      }
      return [{ ...event, type: { text: found.detail } }];
    });
  }
}

// dist/types/elements.d.ts: the element types the generated files import.
const interfaces = elements.map((decl) => {
  const widened = widenedProperties(decl);
  if (!widened.size) return `export type ${decl.name} = P.${decl.name};`;
  const lines = [...widened].map(([name, type]) => {
    return `  ${name}: P.${decl.name}['${name}'] | ${type.replace(/[A-Za-z_$][\w$]*/g, (id) => (exported.has(id) ? `P.${id}` : id))};`;
  });
  const keys = [...widened.keys()].map((k) => `'${k}'`).join(' | ');
  return `/** \`<${decl.tagName}>\` as it can be written to: the properties below take more than they give back. */\nexport interface ${decl.name} extends Omit<P.${decl.name}, ${keys}> {\n${lines.join('\n')}\n}`;
});
const details = [...new Set([...eventClasses.values()].map((e) => e.detail))];
mkdirSync(outdir, { recursive: true });
writeFileSync(
  join(outdir, 'elements.d.ts'),
  `// Generated by scripts/framework-types.mjs: the elements' types for the generated framework types.
import type * as P from '../index.js';

${interfaces.join('\n\n')}

export type { ${details.join(', ')} } from '../index.js';
`,
);

const common = { outdir, globalTypePath: './elements.js', hideLogs: true };
generateJsxTypes(forGenerators, { ...common, fileName: 'jsx.d.ts' });
// vue-tsc checks a template's props in camelCase: `:event-id` as `eventId`, `@ct-select` as `onCtSelect`.
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const forVue = structuredClone(forGenerators);
for (const decl of forVue.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
  for (const attribute of decl.attributes ?? []) attribute.name = camel(attribute.name);
  for (const event of decl.events ?? []) event.name = camel(`-${event.name}`);
}
generateVuejsTypes(forVue, { ...common, fileName: 'vue.d.ts' });
generateSvelteTypes(forGenerators, { ...common, fileName: 'svelte.d.ts' });
// The generator declares `svelteHTML.IntrinsicElements` inside its module (where it augments nothing)
// and writes events Svelte 4's way (`on:ct-select`). Svelte 5 reads SvelteHTMLElements from
// svelte/elements and events as attributes (`onct-select`): add both.
// It also leaves out the properties that have no attribute (`data`), which Svelte 5 sets as properties.
const propertyOnly = (decl) =>
  (decl.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.attribute && m.privacy === undefined,
  );
const svelteTags = elements.map((decl) => {
  const props = propertyOnly(decl).map((m) => `${m.name}?: ${decl.name}['${m.name}']`);
  const extra = props.length ? ` & { ${props.join('; ')} }` : '';
  return `    '${decl.tagName}': WithEventAttributes<CustomElements['${decl.tagName}']>${extra};`;
});
writeFileSync(
  join(outdir, 'svelte.d.ts'),
  `${readFileSync(join(outdir, 'svelte.d.ts'), 'utf8')}
// Added by scripts/framework-types.mjs for Svelte 5.
type WithEventAttributes<P> = P & {
  [K in keyof P as K extends \`on:\${infer E}\` ? \`on\${E}\` : never]: P[K];
};

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${svelteTags.join('\n')}
  }
}
`,
);
generateVsCodeCustomElementData(forGenerators, {
  outdir: root,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});
generateJetBrainsWebTypes(forGenerators, {
  outdir: root,
  webTypesFileName: 'web-types.json',
  // package.json names it itself ("web-types": "./web-types.json"): the generator would write this
  // checkout's absolute path there.
  packageJson: false,
  hideLogs: true,
});

// React 19 reads its tags from React.JSX (the `react-jsx` runtime's namespace extends it).
writeFileSync(
  join(outdir, 'react-jsx.d.ts'),
  `// Generated by scripts/framework-types.mjs. \`import type {} from '${pkg.name}/react-jsx'\` once in an
// app (or list it in tsconfig's "types") to write <conflict-timeline> and its siblings in TSX.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);

// The embed registers the same elements as the main entry; its exports are src/embed.ts's (the card's
// class only as a type: it loads on first use).
writeFileSync(
  join(root, 'dist/conflict-timeline.min.d.ts'),
  `// Generated by scripts/framework-types.mjs: the embed's exports (src/embed.ts).\nexport * from './embed.js';\n`,
);

if (problems)
  console.warn(`[framework-types] ${problems} problem(s): the types above are looser than they should be`);
