#!/usr/bin/env node
// Node 22+ keeps compiled code between runs (reached without an import, which would cost every start on Node 20).
process.getBuiltinModule?.('node:module').enableCompileCache?.();
await import('../dist/namukpark.js');
