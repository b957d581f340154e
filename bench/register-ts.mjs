// @ts-check
// `node --import ./bench/register-ts.mjs bench/<script>.mjs`: lets the benchmark import the
// TypeScript sources it shares with stackgate and the tests (see ts-hooks.mjs).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
