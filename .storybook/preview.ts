/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Every element and the Arabic strings at once (the main entry as a server has it), so no story waits for a chunk.
import '../src/server.js';
import { withScriptTag } from '../stories/snippets.js';

// Controls and docs tables come from the manifest that `npm run build` writes from the JSDoc. A glob,
// not an import, so that the typecheck of a fresh clone does not need the generated file.
const manifest = Object.values(
  import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' }),
)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run build` for the docs tables');

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // "Show code" is HTML that works when pasted into a page: the rendered story after the embed's
    // script tag. Stories whose data is set from code give the HTML with the data themselves.
    docs: { source: { type: 'dynamic', language: 'html', transform: withScriptTag } },
  },
  tags: ['autodocs'],
};
export default preview;
