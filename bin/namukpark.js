#!/usr/bin/env node
// namukpark's own command: its bundled CV, under its own name (see start.js).
require('./start.js').start();
