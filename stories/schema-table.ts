/**
 * The "Data format" page's tables, read from `schema/dataset.schema.json` when Storybook builds, so
 * that the page cannot say something the schema does not.
 */

/** The parts of JSON Schema that `dataset.schema.json` uses. */
export interface SchemaNode {
  $ref?: string;
  type?: string;
  description?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  examples?: unknown[];
  $defs?: Record<string, SchemaNode>;
}

/** One piece of a type: text, linked to the section of a record or value type when `target` is set. */
export interface TypePart {
  text: string;
  target?: string;
}

export interface FieldRow {
  name: string;
  type: TypePart[];
  required: boolean;
  description: string;
  /** Limits the schema states: "at most 500 characters", "−90 to 90". */
  limits: string;
}

/** A record of the format (the dataset, an event, an actor…) and its fields. */
export interface RecordSection {
  id: string;
  description: string;
  fields: FieldRow[];
}

/** A value type that fields share (id, text, date, colour, count). */
export interface ValueSection {
  id: string;
  type: string;
  description: string;
  limits: string;
  examples: string[];
}

const refName = (ref: string) => ref.replace('#/$defs/', '');

function limitsOf(node: SchemaNode): string {
  const limits: string[] = [];
  if (node.minLength && node.minLength > 0) limits.push('not empty');
  if (node.maxLength !== undefined) limits.push(`at most ${node.maxLength.toLocaleString('en')} characters`);
  if (node.minimum !== undefined && node.maximum !== undefined)
    limits.push(`${node.minimum} to ${node.maximum}`);
  else if (node.minimum !== undefined) limits.push(`at least ${node.minimum}`);
  if (node.pattern?.includes('[hH][tT][tT][pP]')) limits.push('http or https');
  return limits.join(', ');
}

/** Whether a `$defs` entry is a record (it gets a table) rather than a value type. */
const isRecord = (schema: SchemaNode, name: string) => {
  const def = schema.$defs?.[name];
  return Boolean(def?.properties || def?.oneOf?.some((o) => o.properties));
};

function typeOf(schema: SchemaNode, node: SchemaNode): TypePart[] {
  if (node.$ref) {
    const name = refName(node.$ref);
    return [{ text: name, target: isRecord(schema, name) ? `record-${name}` : `value-${name}` }];
  }
  const alternatives = node.oneOf ?? node.anyOf;
  if (alternatives) {
    return alternatives.flatMap((alt, i) => [...(i ? [{ text: ' or ' }] : []), ...typeOf(schema, alt)]);
  }
  if (node.type === 'array' && node.items) return [...typeOf(schema, node.items), { text: '[]' }];
  return [{ text: node.type ?? 'any' }];
}

/** A field's description: its own, else that of the type it refers to. */
function describe(schema: SchemaNode, node: SchemaNode): string {
  if (node.description) return node.description;
  const ref = node.$ref ?? node.items?.$ref;
  return (ref && schema.$defs?.[refName(ref)]?.description) || '';
}

function fieldsOf(schema: SchemaNode, node: SchemaNode): FieldRow[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, field]) => {
    const description = describe(schema, field);
    return {
      name,
      type: typeOf(schema, field),
      required: required.has(name),
      description,
      // A limit the description already states ("at most 10,000 characters") is not said twice.
      limits: limitsOf(field)
        .split(', ')
        .filter((limit) => limit && !description.includes(limit))
        .join(', '),
    };
  });
}

/** The dataset, then every record type of `$defs`, in the schema's order. */
export function recordSections(schema: SchemaNode): RecordSection[] {
  const sections: RecordSection[] = [
    { id: 'dataset', description: schema.description ?? '', fields: fieldsOf(schema, schema) },
  ];
  for (const [id, def] of Object.entries(schema.$defs ?? {})) {
    if (!isRecord(schema, id)) continue;
    // An actor reference is an id, or an object with the id and a role: the object's fields.
    const shape = def.properties ? def : def.oneOf!.find((o) => o.properties)!;
    const intro = def.oneOf
      ? `${def.description ?? ''} Either ${def.oneOf.map((o) => (o.properties ? 'an object' : `a ${o.type ?? 'value'}`)).join(' or ')}; the object's fields:`
      : (def.description ?? '');
    sections.push({ id, description: intro.trim(), fields: fieldsOf(schema, shape) });
  }
  return sections;
}

/** The value types of `$defs`: what an `id`, a `text` or a `date` must be. */
export function valueSections(schema: SchemaNode): ValueSection[] {
  return Object.entries(schema.$defs ?? {})
    .filter(([id]) => !isRecord(schema, id))
    .map(([id, def]) => ({
      id,
      type: def.type ?? 'any',
      description: def.description ?? '',
      limits: limitsOf(def),
      examples: (def.examples ?? []).map(String),
    }));
}

/** `text with \`code\`` as pieces, for the page to set the code in monospace. */
export const codeSpans = (text: string) =>
  text.split(/`([^`]+)`/).map((piece, i) => ({ text: piece, code: i % 2 === 1 }));
