import { isServer } from 'lit';

/**
 * For `createRenderRoot`, before Lit's own: whether the element's first update hydrates the shadow
 * root a server rendered (declarative shadow DOM), which it does when `@lit-labs/ssr-client`'s hydration
 * support is in the page. Without it the server's content is cleared, so that the element's own render
 * takes its place rather than coming after it.
 */
export function hydratesServerRender(host: Element): boolean {
  if (isServer || !host.shadowRoot) return false;
  if ('litElementHydrateSupport' in globalThis) return true;
  host.shadowRoot.replaceChildren();
  return false;
}
