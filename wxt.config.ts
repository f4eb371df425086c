import { defineConfig } from 'wxt';

const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

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
    icons: ICONS,
    // contextMenus: "Save to Reelmark" on pages and links. unlimitedStorage: a library of
    // thousands of saved articles must not be capped or evicted under storage pressure.
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
    commands: {
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_libraryCommandSave__' },
    },
    // The same sites the content script already runs on (so no extra install warning): the
    // background fetches related pieces, feeds and saved links from the site being read.
    host_permissions: ['<all_urls>'],
    // The content script imports the heavy extractor from here only when an article is needed.
    // A dynamic URL keeps pages from probing for the extension by fetching a fixed address.
    web_accessible_resources: [{ resources: ['extractor.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reelmark@reelmark.app',
              // 140 (the ESR) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Reelmark sends nothing about the user anywhere; Firefox asks extensions to say so.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      target: 'es2022',
      // Extension pages load their files from the extension package one by one, and each costs
      // a few milliseconds before the page can run: small shared chunks are merged into larger
      // ones, so the popup and the library page start from a handful of files.
      rollupOptions: { output: { experimentalMinChunkSize: 20_000 } },
    },
  }),
});
