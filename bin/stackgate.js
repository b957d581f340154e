#!/usr/bin/env node
'use strict';
// `stackgate smoke` runs from its own bundle (the MCP client only): a post-deploy check starts in a
// fraction of the time the full CLI takes to load. Everything else is dist/cli.
require(process.argv[2] === 'smoke' ? '../dist/cli-smoke/index.js' : '../dist/cli/index.js');
