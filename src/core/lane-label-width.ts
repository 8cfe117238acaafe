/**
 * The width of the lane labels' column beside `<conflict-timeline>`'s track, from the labels' words
 * and the lines each lane has room for. Runs in Node.
 */

/**
 * Where a line may break in a label: white space (not a no-break space), and after a hyphen or a
 * Han, kana or Hangul character (those scripts break between characters). (No lookbehind: Safari
 * has it only from 16.4.)
 */
const LINE_BREAKS = /[^\S\u00a0\u2007\u202f]+|\n/u;
const BREAK_AFTER = /[-\u2010\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;

/**
 * The width (px) of the lane labels' column beside the track: as wide as the longest word of any
 * label needs (so that no word is broken in two), from `min` up to `max`. A word breaks after a
 * hyphen anyway. With `lines` (per label, the lines its lane has room for), also wide enough for each
 * label to fit in those lines where `max` allows, so that a lane of one row does not cut
 * "Kurdish-led forces" short. `measure` gives a text's width at the labels' font; `extra` is what
 * sits beside the text (the swatch, the gap, the padding).
 */
export function gutterWidth(
  labels: readonly string[],
  measure: (text: string) => number,
  { min, max, extra, lines }: { min: number; max: number; extra: number; lines?: readonly number[] },
): number {
  let widest = 0;
  const words = labels.map((label) => wrapWords(label, measure));
  for (const label of words) for (const word of label) widest = Math.max(widest, word.width);
  let width = Math.max(min, Math.min(max, Math.ceil(widest + extra)));
  if (!lines) return width;
  words.forEach((label, i) => {
    const room = lines[i];
    if (!(room >= 1) || lineCount(label, width - extra) <= room) return;
    // The narrowest width (whole px, up to `max`) at which the label takes no more lines.
    let lo = width;
    let hi = Math.max(width, max);
    if (lineCount(label, hi - extra) > room) {
      width = hi;
      return;
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (lineCount(label, mid - extra) <= room) hi = mid;
      else lo = mid;
    }
    width = hi;
  });
  return width;
}

/** A label's pieces between the places a line may break, with their widths and what joins them. */
interface WrapWord {
  width: number;
  /** The width of the space before it on the same line (0 after a hyphen). */
  space: number;
}

function wrapWords(label: string, measure: (text: string) => number): WrapWord[] {
  const space = measure(' ');
  const out: WrapWord[] = [];
  for (const word of label.split(LINE_BREAKS)) {
    if (!word) continue;
    word
      .replace(BREAK_AFTER, '$&\n')
      .split('\n')
      .forEach((piece, k) => {
        if (piece) out.push({ width: measure(piece), space: k === 0 && out.length > 0 ? space : 0 });
      });
  }
  return out;
}

/** How many lines `words` take when wrapped greedily into `width` px (a word wider than it, alone). */
function lineCount(words: readonly WrapWord[], width: number): number {
  let count = 0;
  let line = 0;
  for (const word of words) {
    if (count > 0 && line + word.space + word.width <= width) line += word.space + word.width;
    else {
      count++;
      line = word.width;
    }
  }
  return count;
}
