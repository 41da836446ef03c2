#!/usr/bin/env node
// Lints Cypher statements with Neo4j's own grammar and semantic analysis
// (@neo4j-cypher/language-support, fully offline).
//
// stdin: one JSON document
//   {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...],
//               "graphSchema": [{"from": "Paper", "to": "Entity", "relType": "MENTIONS"}]   (optional)},
//    "statements": [{"id": "queries/x.cypher", "text": "...", "parameters": {"dataset": "GLUE"},
//                    "optionalGroup": "schema/falkordb.cypher"   (optional, see below)}]}
//
// stdout: one line per diagnostic `id:line:col: severity: message` (1-based line/col),
//         then a summary line starting with `cypher-lint:`.
// stderr: notes (skipped groups).
// exit:   0 clean, 1 any diagnostic (errors, warnings, infos alike), 2 bad input / crash.
//
// Functions and procedures: with no `functions` in the DbSchema the package skips the
// function check entirely (so a typo like `toLowr` would pass). We therefore pass the
// built-in Neo4j functions (isBuiltIn) and the built-in procedures (db.*, dbms.*, tx.*,
// cdc.*) of the Neo4j 5 / Cypher 25 dump the package ships as `testData.mockSchema`.
// Plugin namespaces (apoc.*, gds.*) are deliberately left out: they are not part of a
// plain Neo4j/FalkorDB install, so calling them is reported.
//
// optionalGroup: statements sharing an optionalGroup (e.g. a FalkorDB DDL file) are
// linted, but if any of them has an Error (not Neo4j syntax / unknown procedure) the
// whole group is skipped with a note on stderr instead of being reported.

import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const BUILTIN_PROCEDURE_NAMESPACES = ['db.', 'dbms.', 'tx.', 'cdc.'];

function builtins() {
  const functions = {};
  const procedures = {};
  const mock = testData.mockSchema;
  for (const version of Object.keys(mock.functions ?? {})) {
    functions[version] = Object.fromEntries(
      Object.entries(mock.functions[version]).filter(([, f]) => f.isBuiltIn),
    );
  }
  for (const version of Object.keys(mock.procedures ?? {})) {
    procedures[version] = Object.fromEntries(
      Object.entries(mock.procedures[version]).filter(([name]) =>
        BUILTIN_PROCEDURE_NAMESPACES.some((ns) => name.startsWith(ns)),
      ),
    );
  }
  return { functions, procedures };
}

// Work-around for a bug in the package (2.0.0-next.38): in `MATCH (v:Entity {key: row.variant})`
// the property `variant` of the map `row` is attributed to the node `v`, so every
// `{key: row.x}` lookup warns "x is not present in the database". We drop a
// missing-property warning when the property is accessed on a variable (`var.prop`)
// whose symbol-table type is not Node/Relationship (Map, Any, ...) - exactly the
// condition the package itself uses for node/relationship properties.
const MISSING = " is not present in the database. Make sure you didn't misspell it";
function misattributedProperty(d, text, symbolTables) {
  if (d.severity !== 2 || !d.offsets || !d.message.includes(MISSING)) return false;
  const name = text.slice(d.offsets.start, d.offsets.end);
  if (!d.message.startsWith(name + MISSING)) return false; // label/type/function warnings
  let i = d.offsets.start - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (text[i] !== '.') return false;
  i--;
  while (i >= 0 && /\s/.test(text[i])) i--;
  let start;
  if (text[i] === '`') {
    start = text.lastIndexOf('`', i - 1);
  } else {
    start = i;
    while (start > 0 && /[\p{L}\p{N}_]/u.test(text[start - 1])) start--;
  }
  if (start < 0 || start > i) return false;
  const symbol = symbolTables
    .flat()
    .find((s) => s.definitionPosition === start || s.references?.includes(start));
  if (!symbol) return false;
  return !(symbol.types.length > 0 && symbol.types.every((t) => t === 'Node' || t === 'Relationship'));
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function oneLine(message) {
  return message
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' | ');
}

async function main() {
  const raw = await readStdin();
  let input;
  try {
    input = JSON.parse(raw);
  } catch (e) {
    console.error(`cypher-lint: stdin is not JSON: ${e.message}`);
    return 2;
  }
  const schema = input.schema ?? {};
  const statements = input.statements ?? [];
  const { functions, procedures } = builtins();
  const base = {
    labels: schema.labels ?? [],
    relationshipTypes: schema.relationshipTypes ?? [],
    propertyKeys: schema.propertyKeys ?? [],
    functions: schema.functions ?? functions,
    procedures: schema.procedures ?? procedures,
    defaultLanguage: schema.defaultLanguage ?? 'CYPHER 5',
    ...(schema.graphSchema ? { graphSchema: schema.graphSchema } : {}),
  };

  const started = Date.now();
  const results = []; // {stmt, diagnostics}
  for (const stmt of statements) {
    const dbSchema = {
      ...base,
      parameters: { ...(schema.parameters ?? {}), ...(stmt.parameters ?? {}) },
    };
    let diagnostics;
    try {
      const text = stmt.text ?? '';
      const result = lintCypherQuery(text, dbSchema, { consoleCommandsEnabled: false });
      diagnostics = result.diagnostics.filter(
        (d) => !misattributedProperty(d, text, result.symbolTables),
      );
    } catch (e) {
      diagnostics = [
        {
          severity: 1,
          range: { start: { line: 0, character: 0 } },
          message: `linter crashed on this statement: ${e.message}`,
        },
      ];
    }
    results.push({ stmt, diagnostics });
  }

  // Optional groups: drop the whole group (with a note) if any statement has an Error.
  const skipped = new Set();
  for (const { stmt, diagnostics } of results) {
    const group = stmt.optionalGroup;
    if (group && !skipped.has(group) && diagnostics.some((d) => d.severity === 1)) {
      skipped.add(group);
      const first = diagnostics.find((d) => d.severity === 1);
      console.error(
        `note: ${group}: skipped, not valid Neo4j Cypher ` +
          `(${stmt.id}: ${oneLine(first.message).slice(0, 160)})`,
      );
    }
  }

  let errors = 0;
  let warnings = 0;
  let linted = 0;
  const lines = [];
  for (const { stmt, diagnostics } of results) {
    if (stmt.optionalGroup && skipped.has(stmt.optionalGroup)) continue;
    linted += 1;
    for (const d of diagnostics) {
      const severity = SEVERITY[d.severity] ?? 'error';
      if (severity === 'error') errors += 1;
      else warnings += 1;
      const line = (d.range?.start?.line ?? 0) + 1;
      const col = (d.range?.start?.character ?? 0) + 1;
      lines.push(`${stmt.id}:${line}:${col}: ${severity}: ${oneLine(d.message)}`);
    }
  }
  lines.push(
    `cypher-lint: linted ${linted} statements` +
      (skipped.size ? ` (skipped ${statements.length - linted})` : '') +
      `, ${errors} errors, ${warnings} warnings in ${Date.now() - started} ms`,
  );
  process.stdout.write(lines.join('\n') + '\n');
  return errors + warnings > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`cypher-lint: ${e.stack ?? e}`);
    process.exitCode = 2;
  },
);
