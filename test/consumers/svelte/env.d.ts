// Once per app: the three tags in Svelte's SvelteHTMLElements, so that svelte-check types them.
import type {} from 'conflict-timeline/svelte';
