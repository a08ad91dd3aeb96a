/**
 * Import boundaries of Glosa's worlds (docs/ARCHITECTURE.md, "Boundaries"). `npm run check` runs them;
 * each rule says why it exists.
 */
const PRODUCT = '^(core|data|messaging|components|hooks|platform|entrypoints)/';
/** npm packages by name, resolved or not ("node_modules/dexie/…" or "wxt/browser"). */
const packages = (...names) => `(^|node_modules/)(${names.join('|')})(/|$)`;
const BROWSER_ONLY_PACKAGES = packages('wxt', 'dexie', 'preact', '@preact/[^/]+', '@webext-core/[^/]+');

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'core/ is the logic that must be right: tested fast in Node and benchmarked alone, so it imports ' +
        'no other layer, no browser API and no UI library.',
      severity: 'error',
      from: { path: '^core/' },
      to: {
        path: `^(data|messaging|components|hooks|platform|entrypoints|tooling|tests)/|${BROWSER_ONLY_PACKAGES}`,
      },
    },
    {
      name: 'core-uses-no-node',
      comment: 'core/ runs in every world, which has no Node built-ins.',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'data-is-storage',
      comment: 'data/ stores and reads; it knows core/ and nothing that shows or sends.',
      severity: 'error',
      from: { path: '^data/' },
      to: { path: '^(messaging|components|hooks|platform|entrypoints)/' },
    },
    {
      name: 'messaging-below-worlds',
      comment: 'The protocol and channels are the map between worlds; they import core/ types only.',
      severity: 'error',
      from: { path: '^messaging/' },
      to: { path: '^(data|components|hooks|platform|entrypoints)/' },
    },
    {
      name: 'components-are-presentational',
      comment:
        'components/ take props and give events: no browser.*, no database, no messages, so they render ' +
        'the same in the popover, the popup and the panel, and in tests.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: `^(data|messaging|hooks|platform|entrypoints)/|${packages('wxt', 'dexie')}` },
    },
    {
      name: 'platform-and-hooks-below-entrypoints',
      comment:
        'Shared browser glue (platform/) and page hooks (hooks/) serve the entrypoints, never the reverse.',
      severity: 'error',
      from: { path: '^(platform|hooks)/' },
      to: { path: '^(entrypoints|components)/' },
    },
    {
      name: 'content-opens-no-database',
      comment:
        "In a content script IndexedDB is the visited site's, and every byte ships into every page: no " +
        'Dexie, no Fuse, no glossary file, no extension-page code. It asks the background instead.',
      severity: 'error',
      from: { path: '^entrypoints/content/' },
      to: {
        path: `${packages('dexie', 'fuse\\.js')}|^data/(?!settings-store)|^(hooks|platform)/|^entrypoints/(?!content/)`,
      },
    },
    {
      name: 'worlds-apart',
      comment: 'Each entrypoint is its own world; they share code through the layers below, never directly.',
      severity: 'error',
      from: { path: '^entrypoints/([^/]+)/' },
      to: { path: '^entrypoints/', pathNot: '^entrypoints/$1/' },
    },
    {
      name: 'product-never-imports-tooling',
      comment: 'Benchmarks, harnesses, scripts and tests are never shipped.',
      severity: 'error',
      from: { path: PRODUCT },
      to: { path: '^(tooling|tests)/' },
    },
    {
      name: 'no-circular',
      comment: 'A circle of imports is one module in disguise.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // TypeScript 7 has no compiler API: see tooling/boundaries/babel.cjs.
    babelConfig: { fileName: 'tooling/boundaries/babel.cjs' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
