import { realpathSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { searchForWorkspaceRoot } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Pre-bundle d3 up front: when Vite discovers a dependency mid-run it reloads the page, and a
  // cold story-test run fails.
  viteFinal: (config) => ({
    ...config,
    // A checkout whose node_modules is a link to another checkout's (a git worktree) serves the
    // packages from where the link points, which Vite refuses unless allowed.
    server: {
      ...config.server,
      fs: {
        ...config.server?.fs,
        allow: [
          ...(config.server?.fs?.allow ?? [searchForWorkspaceRoot(process.cwd())]),
          realpathSync('node_modules'),
        ],
      },
    },
    // One Lit for the stories, the elements and Storybook's renderer, should a dependency ever bring a
    // copy of its own (the story tests fail on a second one: .storybook/vitest.setup.ts).
    resolve: {
      ...config.resolve,
      dedupe: [...(config.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    },
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'd3-array', 'd3-dsv', 'd3-time'],
    },
  }),
};
export default config;
