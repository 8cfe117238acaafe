/** The small lists of records with an id that events refer to: sides, actors and sources. */
import {
  COLOR_VISIONS,
  DISTINCT_DELTA_E,
  deltaE2000,
  toLab,
  type ColorVision,
  type Lab,
} from './color-vision.js';
import { parseColor } from './color.js';
import type { DatasetReader, Kind, Rec } from './dataset-reader.js';
import { quoteText } from './guards.js';
import type { Actor, Side, Source } from './types.js';

/** Where each side's and actor's colour was read (`/sides/2/color`), for {@link warnLookalikeColors}. */
export type ColorPaths = Map<Side | Actor, string>;

/** Reads a small list of records (sides, actors, sources), each with an id, into `out` and `byId`. */
function readRecords<T extends { id: string }>(
  reader: DatasetReader,
  root: Rec,
  key: string,
  kind: Kind,
  byId: Map<string, T>,
  out: T[],
  read: (rec: Rec, base: string, id: string) => T | undefined,
): void {
  const items = reader.list(root, key, false);
  if (!items) return;
  const firstPath = new Map<string, string>();
  reader.each(items, key, kind, items.length, (rec, base) => {
    const id = reader.requiredId(rec, base, kind);
    if (id === undefined) return;
    const first = firstPath.get(id);
    if (first !== undefined) {
      reader.duplicate(id, base, first, kind);
      return;
    }
    const record = read(rec, base, id);
    if (record === undefined) return;
    firstPath.set(id, base);
    byId.set(id, record);
    out.push(record);
  });
}

/** `sides`: an id, a label and an optional colour each. */
export function readSides(
  reader: DatasetReader,
  root: Rec,
  out: Side[],
  byId: Map<string, Side>,
  colorPaths?: ColorPaths,
): void {
  readRecords(reader, root, 'sides', 'side', byId, out, (rec, base, id) => {
    const label = reader.requiredText(rec, 'label', base, 'side', id);
    if (label === undefined) return undefined;
    const side: Side = { id, label };
    const color = reader.color(rec, base);
    if (color !== undefined) {
      side.color = color;
      colorPaths?.set(side, base + '/color');
    }
    return side;
  });
}

/** `actors`: a name and optional short name, side (an id among `sides`), colour, aliases, description. */
export function readActors(
  reader: DatasetReader,
  root: Rec,
  out: Actor[],
  byId: Map<string, Actor>,
  sidesById: ReadonlyMap<string, Side>,
  colorPaths?: ColorPaths,
): void {
  readRecords(reader, root, 'actors', 'actor', byId, out, (rec, base, id) => {
    const name = reader.requiredText(rec, 'name', base, 'actor', id);
    if (name === undefined) return undefined;
    const actor: Actor = { id, name };
    const short = reader.optionalText(rec, 'short', base);
    if (short !== undefined) actor.short = short;
    const side = reader.optionalText(rec, 'side', base);
    if (side !== undefined) {
      if (sidesById.has(side)) actor.side = side;
      else reader.warn(base + '/side', `no side has the id ${quoteText(side)} (side removed)`);
    }
    const color = reader.color(rec, base);
    if (color !== undefined) {
      actor.color = color;
      colorPaths?.set(actor, base + '/color');
    }
    const aliases = reader.textList(rec, 'aliases', base);
    if (aliases !== undefined) actor.aliases = aliases;
    const description = reader.optionalText(rec, 'description', base, true);
    if (description !== undefined) actor.description = description;
    return actor;
  });
}

/** `sources`: a publisher and an optional title, publication date and http(s) link. */
export function readSources(
  reader: DatasetReader,
  root: Rec,
  out: Source[],
  byId: Map<string, Source>,
): void {
  readRecords(reader, root, 'sources', 'source', byId, out, (rec, base, id) => {
    const publisher = reader.requiredText(rec, 'publisher', base, 'source', id);
    if (publisher === undefined) return undefined;
    const source: Source = { id, publisher };
    const title = reader.optionalText(rec, 'title', base);
    if (title !== undefined) source.title = title;
    const published = reader.isoDate(rec, 'published', base);
    if (published !== undefined) source.published = published;
    const url = reader.url(rec, base);
    if (url !== undefined) source.url = url;
    return source;
  });
}

/** Look-alike colour pairs reported one by one; the rest are counted in one more issue. */
const MAX_LOOKALIKE_ISSUES = 10;
/** Colours compared with each other (the work grows with the square): sides first, then actors. */
const MAX_COMPARED_COLORS = 100;

/** A colour readers see for a side: the side's own, or an actor's own colour within it. */
interface ColorClass {
  side: Side;
  actor?: Actor;
  color: string;
  path: string;
  labs: Lab[];
}

const VISION_TEXT: Record<ColorVision, string> = {
  normal: 'to every reader',
  protanopia: 'to readers with protanopia',
  deuteranopia: 'to readers with deuteranopia',
  tritanopia: 'to readers with tritanopia',
};

function describePair(named: ColorClass, other: ColorClass): string {
  const side = (c: ColorClass) => quoteText(c.side.label);
  if (!named.actor && !other.actor) return `sides ${side(named)} and ${side(other)}`;
  const who = (c: ColorClass) =>
    c.actor ? `actor ${quoteText(c.actor.name)} (side ${side(c)})` : `side ${side(c)}`;
  return `${who(named)} and ${who(other)}`;
}

/**
 * A warning for each pair of sides whose colours look alike (CIEDE2000 under `DISTINCT_DELTA_E`) for
 * normal vision or under simulated protanopia, deuteranopia or tritanopia; likewise an actor's own
 * colour and a colour of another side. Actors of one side may share a colour: that is what a side's
 * colour is for. The pointer is to the later of the two colours.
 */
export function warnLookalikeColors(
  reader: DatasetReader,
  sides: readonly Side[],
  actors: readonly Actor[],
  sidesById: ReadonlyMap<string, Side>,
  colorPaths: ColorPaths,
): void {
  const classes: ColorClass[] = [];
  const seen = new Set<string>();
  let uncompared = 0;
  const add = (side: Side, actor: Actor | undefined, color: string | undefined) => {
    const path = colorPaths.get(actor ?? side);
    const key = side.id + '\u0000' + color;
    if (color === undefined || path === undefined || seen.has(key)) return;
    seen.add(key);
    const rgb = parseColor(color);
    if (!rgb) return;
    if (classes.length >= MAX_COMPARED_COLORS) {
      uncompared++;
      return;
    }
    classes.push({ side, actor, color, path, labs: COLOR_VISIONS.map((vision) => toLab(rgb, vision)) });
  };
  for (const side of sides) add(side, undefined, side.color);
  for (const actor of actors) {
    const side = actor.side === undefined ? undefined : sidesById.get(actor.side);
    if (side) add(side, actor, actor.color);
  }

  let reported = 0;
  let unreported = 0;
  let firstUnreported = '';
  for (let j = 1; j < classes.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [classes[i], classes[j]];
      if (a.side === b.side) continue;
      // Alike for everyone is said as such; else the deficiency under which they are closest.
      let vision: ColorVision = 'normal';
      let distance = Infinity;
      COLOR_VISIONS.forEach((v, k) => {
        const d = deltaE2000(a.labs[k], b.labs[k]);
        if (d < distance && !(vision === 'normal' && distance < DISTINCT_DELTA_E))
          [vision, distance] = [v, d];
      });
      if (distance >= DISTINCT_DELTA_E) continue;
      if (reported >= MAX_LOOKALIKE_ISSUES) {
        if (unreported++ === 0) firstUnreported = b.path;
        continue;
      }
      reported++;
      const how =
        a.color === b.color
          ? `have the same colour ${b.color}`
          : `look alike ${VISION_TEXT[vision]} (ΔE2000 ${distance.toFixed(1)}, under ${DISTINCT_DELTA_E})`;
      reader.warn(b.path, `${describePair(b, a)} ${how}; readers may not tell them apart by colour`);
    }
  }
  if (unreported > 0)
    reader.warn(
      firstUnreported,
      `${unreported} more pairs of side or actor colours look alike (not listed one by one); readers may not tell them apart by colour`,
    );
  if (uncompared > 0)
    reader.warn(
      '/actors',
      `${uncompared} side and actor colours were not compared for look-alikes (only the first ${MAX_COMPARED_COLORS} are)`,
    );
}
