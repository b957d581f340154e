/** The CLI as bin/stackgate.js starts it, from the sources (run with ts-child.cjs preloaded): the bundle's `cli` entry. */
import { start } from '../../src/bundle';

start('cli');
