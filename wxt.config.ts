import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { checkGlossary } from './data/glossary-check';

/** A glossary that breaks the schema or its rules never ships: the build stops with the problems. */
function assertGlossaryValid(): void {
  const problems = checkGlossary(JSON.parse(readFileSync('data/glossary.json', 'utf8')));
  if (problems.length > 0) throw new Error(`data/glossary.json is invalid:\n${problems.join('\n')}`);
}

// Explicit imports everywhere (DESIGN: a reader can see where every name comes from).
export default defineConfig({
  // Separate output folders let parallel checkouts or runs build without overwriting each other.
  outDir: process.env.GLOSA_OUT_DIR ?? '.output',
  imports: false,
  modules: [],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Glosa',
    description:
      'Marks the key terms of political news and explains them from a bundled glossary. Your notes stay on your machine.',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Glosa' },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Explain the next marked term on the page',
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
      : {}),
  }),
  hooks: { 'build:before': assertGlossaryValid },
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip' },
});
