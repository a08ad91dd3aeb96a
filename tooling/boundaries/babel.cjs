/**
 * How dependency-cruiser reads TypeScript here: TypeScript 7 has no compiler API, so Babel strips the
 * types and compiles JSX, and acorn reads the rest (@swc/core being installed is what lets
 * dependency-cruiser list .ts and .tsx files at all; its own parser cannot read TSX). Type-only imports are boundaries too ("types live below what uses
 * them"), so they are kept as plain imports instead of being stripped with the types.
 */
function keepTypeImports() {
  const asValue = {
    ImportDeclaration(path) {
      path.node.importKind = 'value';
      for (const specifier of path.node.specifiers) specifier.importKind = 'value';
    },
    ExportNamedDeclaration(path) {
      if (path.node.source) path.node.exportKind = 'value';
    },
  };
  // On entering the program, before the TypeScript preset's own pass removes type imports.
  return { visitor: { Program: { enter: (path) => path.traverse(asValue) } } };
}

module.exports = {
  babelrc: false,
  configFile: false,
  plugins: [
    keepTypeImports,
    ['@babel/plugin-transform-react-jsx', { runtime: 'automatic', importSource: 'preact' }],
  ],
  presets: [['@babel/preset-typescript', { allExtensions: true, isTSX: true, onlyRemoveTypeImports: true }]],
};
