import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { checkGlossary } from './core/glossary/check';

/** A glossary that breaks the schema or its rules never ships: the build stops with the problems. */
function assertGlossaryValid(): void {
  const problems = checkGlossary(JSON.parse(readFileSync('data/glossary.json', 'utf8')), { editorial: true });
  if (problems.length > 0) throw new Error(`data/glossary.json is invalid:\n${problems.join('\n')}`);
}

// Explicit imports everywhere (DESIGN: a reader can see where every name comes from).
export default defineConfig({
  // Separate output folders let parallel checkouts or runs build without overwriting each other.
  outDir: process.env.GLOSA_OUT_DIR ?? '.output',
  imports: false,
  modules: [],
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    // Every browser Glosa supports reads light-dark() itself (Chrome 123, Firefox 120): shipped as written.
    build: { cssTarget: ['chrome123', 'firefox140'] },
    // WXT's content-script context talks to the page (see entrypoints/content/silent-context.ts).
    resolve: {
      alias: {
        'wxt/utils/content-script-context': resolve('entrypoints/content/silent-context.ts'),
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Glosa' },
    // Glosa's pages load only their own code and styles and connect nowhere.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data: blob:; " +
        "style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandNextTerm__',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandAddNote__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'glosa@glosa.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '123' }),
  }),
  hooks: { 'build:before': assertGlossaryValid },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // The sources zip (for Firefox's review) holds what builds Glosa, not local run output.
    excludeSources: ['screenshots/**', 'test-results/**', '.output*/**'],
  },
});
