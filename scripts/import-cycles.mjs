// Import cycles between files, and between API modules (top-level folders of apps/api/src), found with
// the TypeScript parser. `import type` edges are left out: they vanish at run time.
// Usage: node scripts/import-cycles.mjs [--modules] [--with-types]   (exit 1 when a file cycle, or with --modules a module cycle, is found)
// --with-types counts `import type` edges too (a cycle of types only is harmless at run time, but still a knot).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOTS = ['apps/api/src', 'apps/web/src', 'libs/domain/src', 'libs/contracts/src'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist') walk(full);
    } else if (/\.tsx?$/.test(name) && !/\.(spec|int-spec|data-spec|e2e-spec|d)\.tsx?$/.test(name)) files.push(full);
  }
};
for (const root of ROOTS) if (existsSync(root)) walk(root);

function resolve(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.join(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const withTypes = process.argv.includes('--with-types');
const edges = new Map();
for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const targets = new Set();
  for (const node of source.statements) {
    const isImport = ts.isImportDeclaration(node) && (withTypes || !node.importClause?.isTypeOnly);
    const isExport = ts.isExportDeclaration(node) && (withTypes || !node.isTypeOnly) && node.moduleSpecifier;
    if (!isImport && !isExport) continue;
    if (
      !withTypes &&
      isImport &&
      node.importClause?.namedBindings &&
      ts.isNamedImports(node.importClause.namedBindings) &&
      !node.importClause.name
    ) {
      const named = node.importClause.namedBindings.elements;
      if (named.length > 0 && named.every((e) => e.isTypeOnly)) continue;
    }
    const target = resolve(file, node.moduleSpecifier.text);
    if (target) targets.add(target);
  }
  edges.set(file, [...targets]);
}

// Tarjan's strongly connected components.
function components(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const result = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) result.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return result;
}

let moduleCycleCount = 0;
const fileCycles = components(edges);
console.log(`${files.length} files, ${fileCycles.length} file cycle(s)`);
for (const scc of fileCycles) console.log(`  cycle: ${scc.join(' ↔ ')}`);

if (process.argv.includes('--modules')) {
  const API = 'apps/api/src/';
  // The entity registry and the data source list every module's entities: a composition root, like core.module.
  const ROOTS_OF_COMPOSITION = new Set(['database/entities.ts', 'database/data-source.ts']);
  const moduleOf = (f) => {
    if (!f.startsWith(API)) return null;
    const rel = f.slice(API.length);
    return ROOTS_OF_COMPOSITION.has(rel) ? 'database (registry)' : rel.split('/')[0].replace(/\.ts$/, '');
  };
  const moduleGraph = new Map();
  for (const [from, targets] of edges) {
    const a = moduleOf(from);
    if (!a) continue;
    if (!moduleGraph.has(a)) moduleGraph.set(a, new Set());
    for (const t of targets) {
      const b = moduleOf(t);
      if (b && b !== a) moduleGraph.get(a).add(b);
    }
  }
  const asLists = new Map([...moduleGraph].map(([k, v]) => [k, [...v]]));
  const moduleCycles = components(asLists);
  moduleCycleCount = moduleCycles.length;
  console.log(`API modules: ${moduleCycles.length} module cycle(s)`);
  for (const scc of moduleCycles) console.log(`  modules: ${scc.join(' ↔ ')}`);
  for (const [k, v] of [...asLists].sort()) console.log(`  ${k} → ${v.sort().join(', ') || '(nothing)'}`);
}
process.exitCode = fileCycles.length || moduleCycleCount ? 1 : 0;
