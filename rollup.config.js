// Bundles the compiled CLI (dist/src) into dist/bundle, the code bin/parllint.js runs.
// Why: Node 20 has no compile cache, and resolving and loading ~500 module files cost
// more than linting a draft; a few chunks start in a fraction of that (see bench/).
// What a run may not need (YAML, Markdown, file globbing, twitter-text) stays in
// chunks loaded on first use. Chunks sit next to the entry, at the depth of dist/src,
// so paths the code works out from import.meta.url stay the same.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import {nodeResolve} from '@rollup/plugin-node-resolve'
import {rmSync} from 'node:fs'
import {createRequire} from 'node:module'

// Modules the bundle never runs, left out so that no start pays to compile them:
// twitter-text's core-js 2 polyfills (for ES2015 features Node 20 has), and
// cosmiconfig's YAML parser (parllint gives it its own YAML loader: src/config/load.ts).
const UNUSED = /^(?:core-js\/|js-yaml$)/
const STUB = '\0parllint-unused'
const leaveOutUnused = {
  name: 'parllint-leave-out-unused',
  resolveId: (id) => (UNUSED.test(id) ? STUB : null),
  load: (id) => (id === STUB ? 'export default {}' : null)
}

// vscode-languageserver and its protocol packages export their Node entries under the "node"
// condition only: resolved here as Node resolves them, without adding that condition for
// every package (which changes what some of parllint's own dependencies bundle).
const NODE_ENTRY = /^vscode-(?:languageserver|languageserver-protocol|jsonrpc)\/node$/
const require = createRequire(import.meta.url)
const nodeEntries = {name: 'parllint-node-entries', resolveId: (id) => (NODE_ENTRY.test(id) ? require.resolve(id) : null)}

// Chunk names carry a hash, so a rebuild would leave the old ones behind.
const cleanOutput = {name: 'parllint-clean-output', buildStart: () => rmSync('dist/bundle', {recursive: true, force: true})}

export default {
  // The CLI, and the Linter API the package exports (package.json "exports"). The language
  // server (src/lsp) is a chunk the CLI loads only for --lsp.
  input: {cli: 'dist/src/cli.js', linter: 'dist/src/linter.js'},
  // cosmiconfig requires TypeScript only for .ts configs, which parllint does not search for.
  external: ['typescript'],
  output: {dir: 'dist/bundle', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js'},
  plugins: [cleanOutput, leaveOutUnused, nodeEntries, nodeResolve({preferBuiltins: true}), commonjs({strictRequires: true, ignore: ['typescript']}), json()],
  onwarn(warning, warn) {
    // Circular imports inside dependencies (commander, yaml) are theirs and harmless.
    if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning)
  }
}
