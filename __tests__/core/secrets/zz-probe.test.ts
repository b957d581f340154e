import { check } from 'recheck';
import { SECRET_RULES } from '../../../src/core/secrets/rules/index';
import * as g from '../../../src/core/secrets/generic';
import { BASE64_RUN, HEX_RUN, PERCENT_RUN } from '../../../src/core/secrets/scan';
const EXACT = { checker: 'automaton' as const, timeout: 2_000, maxRepeatCount: 100_000, maxNFASize: 1_000_000, maxPatternSize: 100_000 };
const FUZZ = { checker: 'fuzz' as const, timeout: 60_000, recallTimeout: 1_000, incubationTimeout: null, attackTimeout: null, seedingTimeout: null, maxIteration: 5, ...JSON.parse(process.env.PROBE ?? '{}') };
test('probe', async () => {
  const all: [string, RegExp][] = [...SECRET_RULES.map((r) => [r.id, r.pattern] as [string, RegExp]), ['ASSIGNMENT', g.ASSIGNMENT], ['URL', g.URL_CREDENTIALS], ['REF', g.REFERENCE], ['PLACEHOLDER', g.PLACEHOLDER], ['UUID', g.UUID], ['HEX_DIGEST', g.HEX_DIGEST], ['INTEGRITY', g.INTEGRITY], ['B64', BASE64_RUN], ['HEX', HEX_RUN], ['PCT', PERCENT_RUN], ['CONTROL', /(?<![A-Za-z0-9])(?<secret>ab_[A-Za-z0-9]+[0-9]+)(?![A-Za-z0-9])/]];
  const fuzzy: [string, RegExp][] = [];
  for (const r of all) { const d = await check(r[1].source, r[1].flags, { ...EXACT, timeout: 10_000 }); if (d.status === 'unknown') fuzzy.push(r); }
  const rows: string[] = []; const t0 = Date.now();
  for (const r of fuzzy) { const t = Date.now(); const d = await check(r[1].source, r[1].flags, FUZZ); rows.push(`${Date.now() - t}\t${d.status}\t${r[0]}`); }
  rows.push(`fuzz total ${Date.now() - t0} for ${fuzzy.length}`);
  require('fs').writeFileSync('/tmp/redos-probe/p.tsv', rows.join('\n'));
}, 900_000);
