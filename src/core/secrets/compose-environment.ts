/**
 * Compose files: every literal a service's `environment:` (or `build.args`) gives a secret-sounding
 * variable is judged as `compose/hardcoded-secret` judges it, by the key-name detector (long and
 * varied enough, not a placeholder such as `changeme`, `${VAR}` or `<password>`), so `stackgate
 * secrets` and `stackgate validate` agree on `MYSQL_ROOT_PASSWORD: somewordpress`. An environment
 * value is a literal: a lowercase word there is the password, not the name of something (the line
 * scan, which cannot tell, keeps such words quiet). References, paths, masked values and the other
 * forms of not-a-secret.ts stay quiet here too. A password in a URL there (`DATABASE_URL:
 * mysql://root:…@db`) is judged as the service's PASSWORD variable would be. Findings point at the value.
 */
import { listOrMapEntries } from '../checks/compose/_list-or-map';
import { getNode, parseYaml } from '../source/yaml-tree';
import { URL_CREDENTIALS, type GenericMatch } from './generic';
import { keyNameEntropyDetector } from './key-name';
import { notALiteralSecret } from './not-a-secret';
import { isKnownFake, type RawSecretFinding, type ScanOptions } from './scan';

/** compose.yaml, docker-compose.yml, compose.prod.yml, docker-compose.override.yaml. */
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:\.[\w.-]+)?\.ya?ml$/i;
const FIELDS = [['environment'], ['build', 'args']];

export function scanComposeEnvironment(file: string, text: string, options: ScanOptions): RawSecretFinding[] {
  if (options.generic === false || !COMPOSE_FILE.test(file) || !/^services:/m.test(text)) return [];
  const out: RawSecretFinding[] = [];
  let lines: string[] | undefined;
  for (const doc of parseYaml(file, text).documents) {
    const services = getNode(doc.root, ['services']);
    if (services?.kind !== 'map') continue;
    for (const [service, node] of services.entries) {
      for (const field of FIELDS) {
        const values = getNode(node, field);
        for (const entry of listOrMapEntries(values)) {
          const at = getNode(values, entry.path)?.loc;
          if (entry.value === null || !at || (options.lines && !options.lines.has(at.line))) continue;
          for (const c of candidates(entry.key, entry.value.trim())) {
            if (!isLiteralSecret(c.key, c.value, options)) continue;
            const found = (lines ??= text.split('\n'))[at.line - 1]?.indexOf(c.value, at.column - 1) ?? -1;
            const column = found >= 0 ? found + 1 : at.column;
            const description = `secret assigned to ${c.what} in the environment of service ${service}`;
            out.push({ ruleId: c.ruleId, provider: 'generic', description, file, line: at.line, column, endColumn: column + c.value.length, value: c.value });
          }
        }
      }
    }
  }
  return out;
}

interface Candidate {
  ruleId: GenericMatch['ruleId'];
  /** The key it is judged under. */
  key: string;
  value: string;
  /** How the finding names it. */
  what: string;
}

/** What an environment entry may hold: its value, and the password of each URL in it (judged as a PASSWORD variable). */
function candidates(key: string, value: string): Candidate[] {
  const out: Candidate[] = [{ ruleId: 'generic-secret-assignment', key, value, what: key }];
  for (const m of value.includes('://') ? value.matchAll(URL_CREDENTIALS) : [])
    out.push({ ruleId: 'generic-url-credentials', key: 'PASSWORD', value: m.groups!.pass, what: `a URL in ${key}` });
  return out;
}

/** The judgement of compose/hardcoded-secret (the key-name detector), and none of not-a-secret.ts's forms but a test value. */
function isLiteralSecret(key: string, value: string, options: ScanOptions): boolean {
  if (!keyNameEntropyDetector.detect({ key, value }) || isKnownFake(value, options.rules)) return false;
  return !notALiteralSecret({ value, quoted: true, after: '' });
}
