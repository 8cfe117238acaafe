/**
 * Labels on the track's marks: each mark or cluster gets its short title beside it where the title
 * fits without covering another label or any mark and without being cut by the track's edges.
 * Greedy by importance (the most important item picks its place first), re-run on every frame.
 *
 * Coordinates are the track's own, left to right, as {@link layoutFrame} gives the marks: in a
 * right-to-left layout the element mirrors the track as a whole (and each label's text back, as it
 * does for the marks' text), so a label "after" its mark, at larger x here, reads after it in both
 * directions. An element that draws the labels outside the mirrored track maps them with
 * {@link mirrorLabel}.
 *
 * Occupancy is a uniform grid of cells over the track holding the boxes placed so far, so a frame
 * costs O(items × candidates × boxes per cell), never a scan of every label per label.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import {
  MARK_OPEN_END,
  MARK_OPEN_START,
  MARK_UNCERTAIN,
  MARK_UNCERTAIN_INSTANT,
  type TimelineIndex,
} from './timeline-index.js';
import { type LaneBox, type TrackItem } from './timeline-layout.js';

/** Where a label sits by its mark: `after` is later in time (right in track coordinates). */
export type LabelSide = 'after' | 'before' | 'above' | 'below';

/** A box in track px: `x0 ≤ x < x1`, `y0 ≤ y < y1`. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  /** The item's key ({@link TrackItem.key}). */
  key: string;
  /** Index of the item in the `items` given. */
  item: number;
  /** What to show: the title, or the start of it and the ellipsis; a cluster's starts with its count. */
  text: string;
  /** True when `text` is cut short. */
  shortened: boolean;
  /** Left edge and top, px in track coordinates. */
  x: number;
  y: number;
  /** `measure(text)`; for a cluster, its count's width and its title's (see {@link placeLabels}). */
  width: number;
  height: number;
  side: LabelSide;
}

export interface LabelOptions {
  /**
   * The text of an item's label: an event's short title; for a cluster, the title of its most
   * important event (see {@link clusterLeads}). `undefined` or empty: no label.
   */
  title: (item: TrackItem, index: number) => string | undefined;
  /** Larger goes first. Ties go to the earlier item (`items` are in time order). */
  importance: (item: TrackItem, index: number) => number;
  /** Width in px of `text` at the labels' font (the element: a canvas's `measureText`, memoised). */
  measure: (text: string) => number;
  /** The track's size, px. */
  width: number;
  height: number;
  /** The lanes' boxes, by lane index ({@link layoutLanes}); a label stays inside its mark's lane. */
  lanes: readonly LaneBox[];
  /** A cluster's count as shown ("12", "١٢"). Default `String(count)`. */
  countText?: (count: number) => string;
  /** Height of a label's box, px. Default 14 (a 12 px font). */
  labelHeight?: number;
  /** Space between a mark and its own label, px. Default 3. */
  gap?: number;
  /** Least space between a label and anything else beside it (another label, a mark, a blocked box), px. Default 6. */
  spacing?: number;
  /** A title is shortened down to this many characters (before the ellipsis), never further. Default 12. */
  minChars?: number;
  /**
   * Widest a label is at first, px: a longer title is cut to it so that more marks get a label, then
   * grows into the room left once every item has had its turn. Default: no limit (on the sample
   * data a limit gave more labels but fewer whole titles).
   */
  maxWidth?: number;
  /** Appended to a shortened title. Default `…`. */
  ellipsis?: string;
  /** The drawn box of an item, which no label may cover. Default {@link drawnMarkBox}. */
  markBox?: (item: TrackItem) => Box;
  /** More boxes no label may cover (say, the breaks of a compressed axis). */
  blocked?: readonly Box[];
}

/** Sizes of the drawn marks, px: what the track's styles draw. */
export const MARK_SIZES = {
  point: 12,
  bar: 8,
  /** A soft span: an instant known only to a span. */
  span: 10,
  /** The tallest a cluster's pill is (it is its row's height less 2 when that is smaller). */
  cluster: 18,
  /** The fade past an open end. */
  openFade: 24,
  /** The `?` drawn beside an uncertain mark (on its inline-start side, so either side here). */
  uncertainGlyph: 8,
} as const;

/**
 * The box the element draws for an item: a point (12 px) or a bar (8 px high) centred in its row,
 * with the fade past an open end and the `?` of an uncertain date; a cluster's pill.
 */
export function drawnMarkBox(item: TrackItem): Box {
  const cy = item.y + item.height / 2;
  if (item.kind === 'cluster') {
    const h = Math.min(MARK_SIZES.cluster, item.height - 2);
    return { x0: item.x0, y0: cy - h / 2, x1: item.x1, y1: cy + h / 2 };
  }
  const h = item.point
    ? MARK_SIZES.point
    : item.flags & MARK_UNCERTAIN_INSTANT
      ? MARK_SIZES.span
      : MARK_SIZES.bar;
  let x0 = item.x0;
  let x1 = item.x1;
  let y0 = cy - h / 2;
  if (item.flags & MARK_OPEN_START) x0 -= MARK_SIZES.openFade;
  if (item.flags & MARK_OPEN_END) x1 += MARK_SIZES.openFade;
  if (item.flags & MARK_UNCERTAIN) {
    x0 -= MARK_SIZES.uncertainGlyph;
    x1 += MARK_SIZES.uncertainGlyph;
    y0 -= 7;
  }
  return { x0, y0, x1, y1: cy + h / 2 };
}

/** A label drawn outside the mirrored track of a right-to-left layout: the same box seen from the right. */
export function mirrorLabel(label: PlacedLabel, trackWidth: number): PlacedLabel {
  return { ...label, x: trackWidth - label.x - label.width };
}

/**
 * `measure`, remembering up to `max` widths (then starting over): the same titles and the same
 * shortenings come back frame after frame while zooming and panning.
 */
export function memoMeasure(measure: (text: string) => number, max = 5000): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      if (widths.size >= max) widths.clear();
      w = measure(text);
      widths.set(text, w);
    }
    return w;
  };
}

/** Owner of the `blocked` boxes in the occupancy grid. */
const BLOCKED = -1;

/** Separator between a cluster's count and its title: "12 · Rebels take Idlib". */
export const CLUSTER_SEPARATOR = ' · ';

/**
 * Places the labels of `items` (a frame's, in time order). In order of importance (ties: time), each
 * item tries, in this order, a place after its mark on its row, before it, above it and below it
 * (each start-aligned with the mark, then end-aligned), inside its lane and the track; it takes the
 * first place where its whole title fits, or else the one with the most room, with the title cut
 * short (at a word where that keeps two thirds of it) down to `minChars` characters and the
 * ellipsis. A cluster's text is `count · title` (`CLUSTER_SEPARATOR`); only its title is cut, and its
 * width is the width of `count · ` and the title's apart. No label covers a mark (its
 * {@link drawnMarkBox}), another label or a `blocked` box, nor comes nearer than `spacing` to them
 * beside it. With a `maxWidth`, titles are first cut to it and, once every
 * item has had its turn, grow into the room left (most important first). Returns the placed labels
 * in the order of `items`.
 */
export function placeLabels(items: readonly TrackItem[], options: LabelOptions): PlacedLabel[] {
  const { width, height, lanes, measure } = options;
  const labelHeight = options.labelHeight ?? 14;
  const gap = options.gap ?? 3;
  const spacing = options.spacing ?? 6;
  const minChars = Math.max(1, options.minChars ?? 12);
  const ellipsis = options.ellipsis ?? '…';
  const maxWidth = options.maxWidth ?? Infinity;
  const markBox = options.markBox ?? drawnMarkBox;
  const countText = options.countText ?? String;
  const n = items.length;
  if (n === 0 || !(width > 0) || !(height > 0)) return [];

  const grid = new Occupancy(width, height, Math.min(n * 2 + (options.blocked?.length ?? 0), 4096));
  const marks: Box[] = new Array(n);
  for (let i = 0; i < n; i++) {
    marks[i] = markBox(items[i]);
    grid.add(marks[i], i);
  }
  for (const box of options.blocked ?? []) grid.add(box, BLOCKED);

  const scores = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = options.importance(items[i], i);
    scores[i] = Number.isFinite(s) ? s : s === Infinity ? Number.MAX_VALUE : -Number.MAX_VALUE;
    order[i] = i;
  }
  order.sort((a, b) => scores[b] - scores[a] || items[a].start - items[b].start || a - b);

  const ellipsisWidth = measure(ellipsis);
  const text: TextFit = { measure, minChars, ellipsis, ellipsisWidth };
  const placed: Placing[] = [];
  // The candidate places of one item (reused): side, start (or end, `fromRight`), top, room.
  const cSide: LabelSide[] = [];
  const cFromRight: boolean[] = [];
  const cX = new Float64Array(6);
  const cY = new Float64Array(6);
  const cRoom = new Float64Array(6);
  for (const i of order) {
    const item = items[i];
    const title = options.title(item, i);
    if (!title) continue;
    const lane = lanes[item.lane];
    if (!lane || lane.height < labelHeight) continue;
    const mark = marks[i];
    // A mark out of the track (its box, not its time) has nothing to label.
    if (!(mark.x1 > 0 && mark.x0 < width)) continue;
    const prefix = item.kind === 'cluster' ? countText(item.count) + CLUSTER_SEPARATOR : '';
    const full = prefix + title;
    // A cluster's count and its title are measured apart (the separator's spaces part them), so
    // that the title's widths and shortenings measured once serve whatever count it comes with.
    const prefixWidth = prefix ? measure(prefix) : 0;
    const titleWidth = measure(title);
    const fullWidth = prefixWidth + titleWidth;
    // The shortest text worth showing: about `minChars` characters of the title and the ellipsis
    // (by UTF-16 length here; `shorten` counts code points).
    const least =
      title.length > minChars
        ? prefixWidth + (titleWidth * minChars) / title.length + ellipsisWidth
        : fullWidth;
    const want = Math.max(least, Math.min(fullWidth, maxWidth));
    const laneTop = lane.y;
    const laneBottom = Math.min(lane.y + lane.height, height);

    // Beside the mark, on its row (centred on the mark, inside the lane); above and below it inside
    // the lane, start-aligned with the mark, then end-aligned. Tried in this order; the first where
    // `want` fits wins, else the one with the most room.
    const rowY = clamp(item.y + item.height / 2 - labelHeight / 2, laneTop, laneBottom - labelHeight);
    const aboveY = mark.y0 - 1 - labelHeight;
    const belowY = mark.y1 + 1;
    const above = aboveY >= laneTop;
    const below = belowY + labelHeight <= laneBottom;
    let count = 0;
    const add = (side: LabelSide, x: number, y: number, fromRight: boolean) => {
      cSide[count] = side;
      cX[count] = x;
      cY[count] = y;
      cFromRight[count] = fromRight;
      count++;
    };
    add('after', mark.x1 + gap, rowY, false);
    add('before', mark.x0 - gap, rowY, true);
    if (above) add('above', clamp(mark.x0, 0, width), aboveY, false);
    if (below) add('below', clamp(mark.x0, 0, width), belowY, false);
    if (above) add('above', clamp(mark.x1, 0, width), aboveY, true);
    if (below) add('below', clamp(mark.x1, 0, width), belowY, true);
    let best = -1;
    for (let c = 0; c < count; c++) {
      const x = cX[c];
      const y = cY[c];
      let room = 0;
      if (cFromRight[c]) {
        if (x > 0 && x <= width)
          room = grid.roomLeft(x, y, y + labelHeight, Math.max(0, x - want), spacing, i, i);
      } else if (x >= 0 && x < width) {
        room = grid.roomRight(x, y, y + labelHeight, Math.min(width, x + want), spacing, i, i);
      }
      cRoom[c] = room;
      if (room >= want) {
        best = c;
        break;
      }
      if (room >= least && (best < 0 || room > cRoom[best])) best = c;
    }
    if (best < 0) continue;
    const source: LabelText = { title, prefix, prefixWidth, titleWidth, full, fullWidth };
    const fitted = fitText(source, Math.min(cRoom[best], want), text);
    if (!fitted) continue;
    const owner = n + placed.length;
    const [shown, shownWidth] = fitted;
    const fromRight = cFromRight[best];
    const x = fromRight ? cX[best] - shownWidth : cX[best];
    const y = cY[best];
    grid.add({ x0: x, y0: y, x1: x + shownWidth, y1: y + labelHeight }, owner);
    placed.push({
      label: {
        key: item.key,
        item: i,
        text: shown,
        shortened: shown !== full,
        x,
        y,
        width: shownWidth,
        height: labelHeight,
        side: cSide[best],
      },
      anchor: cX[best],
      fromRight,
      owner,
      source,
    });
  }

  // Titles cut at `maxWidth` grow into what room is left, most important first.
  for (const p of placed) {
    const { label, anchor, source } = p;
    if (!label.shortened || label.width >= source.fullWidth) continue;
    const y0 = label.y;
    const y1 = label.y + labelHeight;
    const room = p.fromRight
      ? grid.roomLeft(anchor, y0, y1, Math.max(0, anchor - source.fullWidth), spacing, label.item, p.owner)
      : grid.roomRight(
          anchor,
          y0,
          y1,
          Math.min(width, anchor + source.fullWidth),
          spacing,
          label.item,
          p.owner,
        );
    if (room <= label.width) continue;
    const fitted = fitText(source, room, text);
    if (!fitted || fitted[1] <= label.width) continue;
    [label.text, label.width] = fitted;
    label.shortened = label.text !== source.full;
    if (p.fromRight) label.x = anchor - label.width;
    grid.add({ x0: label.x, y0, x1: label.x + label.width, y1 }, p.owner);
  }
  return placed.map((p) => p.label).sort((a, b) => a.item - b.item);
}

/** An item's label text and its widths. */
interface LabelText {
  title: string;
  /** A cluster's count and the separator; empty for a mark. */
  prefix: string;
  prefixWidth: number;
  titleWidth: number;
  full: string;
  fullWidth: number;
}

/** How titles are measured and cut. */
interface TextFit {
  measure: (text: string) => number;
  minChars: number;
  ellipsis: string;
  ellipsisWidth: number;
}

interface Placing {
  label: PlacedLabel;
  /** Where the label starts (`fromRight`: ends), px. */
  anchor: number;
  fromRight: boolean;
  /** The label's owner id in the occupancy grid. */
  owner: number;
  source: LabelText;
}

/** The text for `room` px and its width: the whole title, or shortened; `undefined` when not even that fits. */
function fitText(source: LabelText, room: number, fit: TextFit): [string, number] | undefined {
  if (room >= source.fullWidth) return [source.full, source.fullWidth];
  return shorten(source.title, source.titleWidth, source.prefix, source.prefixWidth, room, fit);
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

const MARK = /\p{M}/u;
const WORD_END = /[\s,;:.\-–—·]+$/u;
const SPACE = /\s/u;
const TRAILING_SPACE = /\s+$/u;

/**
 * The longest start of `title` that fits `room` with `prefix` and the ellipsis, of at least
 * `minChars` characters (code points, never splitting a letter from its combining marks), cut at a
 * word when that keeps two thirds of it; `undefined` when even `minChars` do not fit.
 */
function shorten(
  title: string,
  titleWidth: number,
  prefix: string,
  prefixWidth: number,
  room: number,
  { measure, minChars, ellipsis, ellipsisWidth }: TextFit,
): [text: string, width: number] | undefined {
  // Where each code point starts (in UTF-16 units), and the end.
  const offsets: number[] = [];
  for (let u = 0; u < title.length; u += title.codePointAt(u)! > 0xffff ? 2 : 1) offsets.push(u);
  const len = offsets.length;
  offsets.push(title.length);
  if (len <= minChars) return undefined;
  // Widths of the title's shortenings; the prefix's is added (see `placeLabels`).
  const widthOf = (k: number) => prefixWidth + measure(title.slice(0, offsets[k]) + ellipsis);
  const charAt = (k: number) => title.slice(offsets[k], offsets[k + 1]);
  // First guess by the average width of a character, then a few steps either way.
  const perChar = titleWidth / len || 1;
  let k = clamp(Math.floor((room - prefixWidth - ellipsisWidth) / perChar), minChars, len - 1);
  let w = widthOf(k);
  while (w > room && k > minChars) w = widthOf(--k);
  if (w > room) return undefined;
  while (k + 1 < len) {
    const next = widthOf(k + 1);
    if (next > room) break;
    k++;
    w = next;
  }
  let end = k;
  while (end > minChars && MARK.test(charAt(end))) end--;
  if (MARK.test(charAt(end))) return undefined;
  // At a word, when one ends late enough.
  for (let s = end; s >= Math.max(minChars, Math.ceil((end * 2) / 3)); s--) {
    if (SPACE.test(charAt(s))) {
      const head = title.slice(0, offsets[s]).replace(WORD_END, '');
      if (head.length >= offsets[minChars])
        return [prefix + head + ellipsis, prefixWidth + measure(head + ellipsis)];
      break;
    }
  }
  const head = title.slice(0, offsets[end]).replace(TRAILING_SPACE, '');
  return [prefix + head + ellipsis, head.length === offsets[k] ? w : prefixWidth + measure(head + ellipsis)];
}

/**
 * The boxes placed so far in a grid of cells over the track, each box listed in every cell it
 * touches. Owners: an item's index for its mark, `-1` for a blocked box, larger for labels.
 */
class Occupancy {
  private readonly _cellWidth: number;
  private readonly _cellHeight: number;
  private readonly _cols: number;
  private readonly _rows: number;
  private readonly _cells: number[][];
  private readonly _boxes: Box[] = [];
  private readonly _owners: number[] = [];

  constructor(width: number, height: number, expected: number) {
    // About two boxes per cell when spread evenly, but not finer than a label's height.
    const area = (width * height) / Math.max(1, expected / 2);
    this._cellHeight = 16;
    this._cellWidth = clamp(area / 16, 24, 256);
    this._cols = Math.max(1, Math.ceil(width / this._cellWidth));
    this._rows = Math.max(1, Math.ceil(height / this._cellHeight));
    this._cells = Array.from({ length: this._cols * this._rows }, () => []);
  }

  private _col(x: number): number {
    return clamp(Math.floor(x / this._cellWidth), 0, this._cols - 1);
  }

  private _row(y: number): number {
    return clamp(Math.floor(y / this._cellHeight), 0, this._rows - 1);
  }

  add(box: Box, owner: number): void {
    if (!(box.x1 > 0) || !(box.y1 > 0) || box.x0 >= this._cols * this._cellWidth) return;
    const id = this._boxes.length;
    this._boxes.push(box);
    this._owners.push(owner);
    const c1 = this._col(box.x1);
    const r1 = this._row(box.y1);
    for (let r = this._row(box.y0); r <= r1; r++) {
      for (let c = this._col(box.x0); c <= c1; c++) this._cells[r * this._cols + c].push(id);
    }
  }

  /**
   * Free px to the right of `x` in the band `y0..y1`, up to `limit`: nothing but the boxes of
   * owners `own` and `own2` (a label's mark, the label itself) may lie within `spacing` of the run.
   */
  roomRight(
    x: number,
    y0: number,
    y1: number,
    limit: number,
    spacing: number,
    own: number,
    own2: number,
  ): number {
    let nearest = limit;
    const r0 = this._row(y0);
    const r1 = this._row(y1 - 0.001);
    for (let c = this._col(x - spacing); c < this._cols && c * this._cellWidth < nearest + spacing; c++) {
      for (let r = r0; r <= r1; r++) {
        for (const id of this._cells[r * this._cols + c]) {
          const owner = this._owners[id];
          if (owner === own || owner === own2) continue;
          const b = this._boxes[id];
          if (b.y0 >= y1 || b.y1 <= y0 || b.x1 + spacing <= x) continue;
          if (b.x0 - spacing <= x) return 0;
          if (b.x0 - spacing < nearest) nearest = b.x0 - spacing;
        }
      }
    }
    return nearest - x;
  }

  /** As {@link roomRight}, leftwards from `x` down to `limit`. */
  roomLeft(
    x: number,
    y0: number,
    y1: number,
    limit: number,
    spacing: number,
    own: number,
    own2: number,
  ): number {
    let nearest = limit;
    const r0 = this._row(y0);
    const r1 = this._row(y1 - 0.001);
    for (let c = this._col(x + spacing); c >= 0 && (c + 1) * this._cellWidth > nearest - spacing; c--) {
      for (let r = r0; r <= r1; r++) {
        for (const id of this._cells[r * this._cols + c]) {
          const owner = this._owners[id];
          if (owner === own || owner === own2) continue;
          const b = this._boxes[id];
          if (b.y0 >= y1 || b.y1 <= y0 || b.x0 - spacing >= x) continue;
          if (b.x1 + spacing >= x) return 0;
          if (b.x1 + spacing > nearest) nearest = b.x1 + spacing;
        }
      }
    }
    return x - nearest;
  }
}

/**
 * For each cluster of a frame, the index (in `index.events`) of its most important event by
 * `scores` (one per event; ties: the earlier): the events of the cluster's lane that start within
 * its time span and have no marker of their own in the frame. O(events in the frame's clusters).
 */
export function clusterLeads(
  index: TimelineIndex,
  items: readonly TrackItem[],
  scores: ArrayLike<number>,
): Map<string, number> {
  // A flag per event, not a set: a cluster of a large index can hold most of its events.
  let drawn: Uint8Array | undefined;
  for (const item of items)
    if (item.kind === 'marker') (drawn ??= new Uint8Array(index.events.length))[item.event] = 1;
  const leads = new Map<string, number>();
  for (const item of items) {
    if (item.kind !== 'cluster') continue;
    const lane = index.lanes[item.lane];
    if (!lane) continue;
    const ids = lane.ids;
    let best = -1;
    let bestScore = 0;
    const to = bisectRight(lane.starts, item.end);
    for (let p = bisectLeft(lane.starts, item.start); p < to; p++) {
      const event = ids[p];
      if (drawn !== undefined && drawn[event]) continue;
      const score = scores[event];
      if (best < 0 || score > bestScore || (score === bestScore && event < best)) {
        best = event;
        bestScore = score;
      }
    }
    if (best >= 0) leads.set(item.key, best);
  }
  return leads;
}
