// `cem analyze` writes custom-elements.json from the JSDoc of the element classes. The analyzer
// describes every class and field it sees; the plugin below keeps what a page author can use: the
// elements and the event classes, their public members, and each event once, under its `ct-…` name,
// typed by its event class, with its `detail` spelled out.

/** Public properties whose setter takes `unknown` (it checks the input itself): what to write instead. */
const ACCEPTS = {
  'ConflictTimeline.data': 'DatasetInput | string',
};

/** Where the event classes live; their modules stay in the manifest beside the elements. */
const EVENTS_DIR = 'src/events/';

const warn = (message) => console.warn(`[custom-elements-manifest] ${message}`);

const isPrivateName = (name) => typeof name === 'string' && (name.startsWith('_') || name.startsWith('#'));

/** A type alias worth writing out: a union of literals and built-ins, such as `'auto' | 'off'`. */
function isPlainUnion(ts, typeNode) {
  const parts = ts.isUnionTypeNode(typeNode) ? typeNode.types : [typeNode];
  return parts.every(
    (t) =>
      ts.isLiteralTypeNode(t) ||
      [
        ts.SyntaxKind.StringKeyword,
        ts.SyntaxKind.NumberKeyword,
        ts.SyntaxKind.BooleanKeyword,
        ts.SyntaxKind.UndefinedKeyword,
        ts.SyntaxKind.NullKeyword,
      ].includes(t.kind) ||
      (ts.isTypeReferenceNode(t) && t.typeName.getText() === 'Date' && !t.typeArguments),
  );
}

const jsDocText = (ts, node) =>
  (node.jsDoc ?? [])
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** `'auto' | Theme | undefined` with `Theme = 'light' | 'dark'` gives `'auto' | 'light' | 'dark' | undefined`. */
function expandAliases(text, aliases) {
  const parts = text.split('|').map((part) => part.trim());
  const expanded = parts.flatMap((part) => (aliases.has(part) ? aliases.get(part).split('|') : [part]));
  return [...new Set(expanded.map((part) => part.trim()))].join(' | ');
}

export function publicApiPlugin() {
  /** `SelectEvent` → `{ eventName: 'ct-select', detail: 'SelectDetail' }`. */
  const eventClasses = new Map();
  /** `SelectDetail` → its fields: name, type, whether optional, description. */
  const details = new Map();
  /** Type aliases made of literals (`GroupBy`, `TimeInput`): written out where a member uses them. */
  const aliases = new Map();
  /** `ConflictTimeline.start` → the type its setter takes, where that differs from the getter's. */
  const setterTypes = new Map();

  const eventFor = (name) => [...eventClasses].find(([, e]) => e.eventName === name);

  function describeDetail(detailName) {
    const fields = details.get(detailName);
    if (!fields?.length) return '';
    const list = fields
      .map(
        (f) => `\`${f.name}${f.optional ? '?' : ''}: ${f.type}\`${f.description ? `: ${f.description}` : ''}`,
      )
      .join('; ');
    return `\`detail\` (\`${detailName}\`): ${list}`;
  }

  /** Each event once, under its `ct-…` name and with its class as type; the rest dropped, with a warning. */
  function cleanEvents(decl) {
    const byName = new Map();
    for (const event of decl.events ?? []) {
      // `this.dispatchEvent(new SelectEvent(detail))` comes out as an event named `detail` (or with no
      // name) of type SelectEvent: the class says which event it is.
      const fromClass = eventClasses.get(event.type?.text);
      const name = fromClass?.eventName ?? event.name;
      if (!name || (!fromClass && !event.description && !eventFor(name))) {
        warn(
          `${decl.tagName}: dropped an event that is neither documented with @fires nor an event class (${JSON.stringify(event)})`,
        );
        continue;
      }
      const seen = byName.get(name) ?? {};
      byName.set(name, {
        ...seen,
        name,
        description: seen.description || event.description,
      });
    }
    decl.events = [...byName.values()].map((event) => {
      const found = eventFor(event.name);
      if (!found) {
        warn(`${decl.tagName}: ${event.name} has no event class in ${EVENTS_DIR}, so no type`);
        return event;
      }
      const [className, { detail }] = found;
      const detailText = describeDetail(detail);
      return {
        name: event.name,
        type: { text: className },
        description: [event.description, detailText].filter(Boolean).join('\n\n'),
      };
    });
    for (const event of decl.events) {
      if (!event.description) warn(`${decl.tagName}: ${event.name} has no @fires description`);
    }
  }

  function cleanMembers(decl) {
    const isElement = decl.customElement === true;
    decl.members = (decl.members ?? []).filter(
      (m) =>
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !isPrivateName(m.name) &&
        // Statics of an element are Lit's plumbing (styles, shadowRootOptions); an event class's
        // `eventName` is its public name.
        !(isElement && m.static),
    );
    for (const member of decl.members) {
      // `SelectEvent.eventName` is the literal `'ct-select'`, which says more than `string`.
      const eventClass = eventClasses.get(decl.name);
      if (eventClass && member.static && member.name === 'eventName') {
        member.type = { text: `'${eventClass.eventName}'` };
        member.default = `'${eventClass.eventName}'`;
        continue;
      }
      const key = `${decl.name}.${member.name}`;
      const accepted = ACCEPTS[key] ?? setterTypes.get(key);
      if (accepted) member.type = { text: accepted };
      else if (member.type?.text) member.type = { text: expandAliases(member.type.text, aliases) };
      if (member.type?.text === 'unknown') warn(`${key} is typed unknown: say what it accepts in ACCEPTS`);
    }
    for (const attribute of decl.attributes ?? []) {
      // An attribute is text: an accessor whose setter reads a date string takes it as a string.
      if (setterTypes.has(`${decl.name}.${attribute.fieldName}`)) attribute.type = { text: 'string' };
      else if (attribute.type?.text) attribute.type = { text: expandAliases(attribute.type.text, aliases) };
    }
    decl.attributes = decl.attributes?.filter((a) => !isPrivateName(a.fieldName));
  }

  return {
    name: 'conflict-timeline-public-api',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && isPlainUnion(ts, node.type)) {
        aliases.set(node.name.text, node.type.getText());
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('Detail')) {
        details.set(
          node.name.text,
          node.members.filter(ts.isPropertySignature).map((p) => ({
            name: p.name.getText(),
            type: p.type?.getText() ?? 'unknown',
            optional: Boolean(p.questionToken),
            description: jsDocText(ts, p).replace(/\.$/, ''),
          })),
        );
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const className = node.name.text;
        for (const member of node.members) {
          if (
            ts.isPropertyDeclaration(member) &&
            member.name.getText() === 'eventName' &&
            member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) &&
            member.initializer &&
            ts.isStringLiteral(member.initializer)
          ) {
            const base = node.heritageClauses
              ?.flatMap((h) => h.types)
              .find((t) => t.expression.getText() === 'CustomEvent');
            eventClasses.set(className, {
              eventName: member.initializer.text,
              detail: base?.typeArguments?.[0]?.getText(),
            });
          }
          if (ts.isSetAccessorDeclaration(member) && member.parameters[0]?.type) {
            const name = member.name.getText();
            const setter = member.parameters[0].type.getText();
            const getter = node.members.find(
              (m) => ts.isGetAccessorDeclaration(m) && m.name.getText() === name,
            );
            if (setter !== 'unknown' && getter?.type?.getText() !== setter) {
              setterTypes.set(`${className}.${name}`, setter);
            }
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // Aliases and setter types are known only now that every module has been read.
      for (const [key, text] of setterTypes) setterTypes.set(key, expandAliases(text, aliases));
      const kept = [];
      for (const mod of customElementsManifest.modules) {
        const isEvents = mod.path.startsWith(EVENTS_DIR);
        const hasElement = mod.declarations?.some((d) => d.customElement);
        if (!isEvents && !hasElement) continue; // controllers, layouts, parts: the element's insides
        // Only what the module exports (the analyzer also lists some of a method's local variables).
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const decl of mod.declarations) {
          if (decl.kind !== 'class') continue;
          cleanMembers(decl);
          if (decl.customElement) cleanEvents(decl);
        }
        // Exports that point into modules left out (a type re-exported from a controller).
        const declared = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'js' || (e.declaration?.module === mod.path && declared.has(e.declaration.name)),
        );
        kept.push(mod);
      }
      customElementsManifest.modules = kept;
    },
  };
}

export default {
  // All of src is read (for the type aliases members use); the plugin keeps the public modules.
  globs: ['src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiPlugin()],
};
