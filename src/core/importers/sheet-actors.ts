/** The actors and sides of a sheet: the actors sheet's rows, and the names the events sheet gives. */
import type { Actor, ActorRef, DataIssue, Side } from '../types.js';
import { slugify, uniqueId } from './dataset-builder.js';
import { paragraphs, splitList, text, unguardFormula } from './sheet-cells.js';
import { ACTOR_ALIASES, ACTOR_COLUMNS, type ActorColumn } from './sheet-columns.js';
import { isBlankRow, SheetTable } from './sheet-table.js';

/** Actors and sides from the actors sheet, and actors first named in the events sheet. */
export class ActorRegistry {
  readonly actors: Actor[] = [];
  readonly sides: Side[] = [];
  /** Lookups by name, then id, then short name or alias: a name always finds its own actor. */
  private readonly _lookups = [new Map<string, Actor>(), new Map<string, Actor>(), new Map<string, Actor>()];
  private readonly _ids = new Set<string>();
  private readonly _sideIds = new Set<string>();

  constructor(private readonly _issues: DataIssue[]) {}

  readSheet(textOfSheet: string): void {
    const table = new SheetTable<ActorColumn>(
      textOfSheet,
      'actors.csv',
      ACTOR_COLUMNS,
      ACTOR_ALIASES,
      this._issues,
    );
    const rows = table.rows.map((row, r) => ({ row, r })).filter(({ row, r }) => r > 0 && !isBlankRow(row));
    const cell = (row: readonly string[], c: ActorColumn) => text(table.cell(row, c));
    // Ids the sheet gives are taken first; made ones (from the name) go around them.
    for (const { row } of rows) {
      const id = cell(row, 'id');
      if (id) this._ids.add(id);
      const sideId = cell(row, 'side id');
      if (sideId) this._sideIds.add(sideId);
    }
    const made: Actor[] = [];
    for (const { row, r } of rows) {
      const name = cell(row, 'name');
      const side = this._side(table, row, r);
      if (!name) {
        const filled = ACTOR_COLUMNS.filter((c) => !c.startsWith('side') && cell(row, c));
        if (filled.length) table.error(table.at('name'), r, 'the actor has no name; row ignored');
        continue;
      }
      const first = this._lookups[0].get(name.toLowerCase());
      if (first) {
        table.warn(table.at('name'), r, `"${name}" is already on an earlier row; this row is ignored`);
        continue;
      }
      const actor: Actor = { id: cell(row, 'id') || uniqueId(slugify(name, 'actor'), this._ids), name };
      const short = cell(row, 'short');
      if (short) actor.short = short;
      if (side) actor.side = side.id;
      const colour = cell(row, 'colour');
      if (colour) actor.color = colour;
      const aliases = splitList(table.cell(row, 'aliases'), ';').map(unguardFormula).filter(Boolean);
      if (aliases.length) actor.aliases = aliases;
      const description = paragraphs(table.cell(row, 'description'));
      if (description) actor.description = description;
      this._lookups[0].set(name.toLowerCase(), actor);
      made.push(actor);
    }
    for (const actor of made) this._add(actor);
  }

  /** The side a row names (by label, or by id in `side id`), made on first mention. */
  private _side(table: SheetTable<ActorColumn>, row: readonly string[], r: number): Side | undefined {
    const label = text(table.cell(row, 'side'));
    const givenId = text(table.cell(row, 'side id'));
    const colour = text(table.cell(row, 'side colour'));
    if (!label && !givenId) {
      if (colour) table.warn(table.at('side colour'), r, 'a side colour without a side; ignored');
      return undefined;
    }
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    let side = givenId
      ? this.sides.find((s) => s.id === givenId)
      : (this.sides.find((s) => same(s.label, label)) ?? this.sides.find((s) => s.id === label));
    if (!side) {
      side = { id: givenId || uniqueId(slugify(label, 'side'), this._sideIds), label: label || givenId };
      this._sideIds.add(side.id);
      this.sides.push(side);
    } else if (label && givenId && !same(side.label, label)) {
      table.warn(
        table.at('side'),
        r,
        `side "${givenId}" is called "${side.label}" on an earlier row; that name is kept`,
      );
    }
    if (colour) {
      if (!side.color) side.color = colour;
      else if (!same(side.color, colour)) {
        table.warn(
          table.at('side colour'),
          r,
          `side "${side.label}" already has the colour ${side.color}; ${colour} is ignored`,
        );
      }
    }
    return side;
  }

  private _add(actor: Actor): void {
    this._ids.add(actor.id);
    this.actors.push(actor);
    const claim = (map: Map<string, Actor>, key: string | undefined) => {
      if (key && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), actor);
    };
    claim(this._lookups[0], actor.name);
    claim(this._lookups[1], actor.id);
    for (const key of [actor.short, ...(actor.aliases ?? [])]) claim(this._lookups[2], key);
  }

  find(name: string): Actor | undefined {
    const key = name.toLowerCase();
    for (const map of this._lookups) {
      const actor = map.get(key);
      if (actor) return actor;
    }
    return undefined;
  }

  /** An actor reference as the events sheet writes it: `Name` or `Name (role)`. */
  reference(part: string): ActorRef {
    const whole = this.find(part);
    if (whole) return { id: whole.id };
    const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(part);
    // "(FSA)": capitals in brackets are part of a name not in the actors sheet, not a role.
    const isRole = m !== null && !(/^[\p{Lu}\p{N}\s.&-]+$/u.test(m[2]) && !this.find(m[1]));
    const name = isRole ? m[1] : part;
    let actor = this.find(name);
    if (!actor) {
      actor = { id: uniqueId(slugify(name, 'actor'), this._ids), name };
      this._add(actor);
    }
    const role = isRole ? m[2].trim() : '';
    return role ? { id: actor.id, role } : { id: actor.id };
  }
}
