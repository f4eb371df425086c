import { defineConfig } from 'wxt';

/**
 * Reelmark's build configuration. The manifest is built here so that every permission sits in one
 * place; README.md explains why each one is needed.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the same utils run in Node (CLI, benches) where nothing is auto-imported.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'reelmark@reelmark.app', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
