/** The `#event=<id>` deep link in a location hash, with any other `&`-separated keys kept. */

/** The event id in a location hash such as `#event=abc` (other `&`-separated keys are kept apart). */
export function eventIdFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('event');
  return id ? id : undefined;
}

/** `hash` with its `event` key set to `id` (or removed when `id` is undefined), other keys kept. */
export function hashWithEventId(hash: string, id: string | undefined): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (id) params.set('event', id);
  else params.delete('event');
  const text = params.toString();
  return text ? `#${text}` : '';
}
