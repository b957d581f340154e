#!/usr/bin/env node
'use strict';
// dist/cli/index.js starts the CLI from the one bundle (dist/bundle/), which loads a command's
// modules only when it runs: `stackgate smoke` loads the MCP client and not the check catalogue.
require('../dist/cli/index.js');
