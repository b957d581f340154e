/**
 * Kubernetes `Secret` manifests: each `data:` value is base64-decoded and scanned with the rules
 * and, because the key names the value (`password: cGFzc3dvcmQ=`), with the key-aware detector.
 * Findings point at the data key's line.
 */
import { keyNameEntropyDetector } from './key-name';
import { isPlaceholderOrReference, notASecret } from './not-a-secret';
import type { RawSecretFinding, ScanOptions } from './scan';
import { scanText } from './scan';
import { parseYaml, toPlain } from '../source/yaml-tree';

export function scanKubernetesSecrets(file: string, text: string, options: ScanOptions): RawSecretFinding[] {
  if (!/^kind:[ \t]{0,64}["']?Secret["']?[ \t\r]{0,64}$/m.test(text)) return [];
  const out: RawSecretFinding[] = [];
  const parsed = parseYaml(file, text);
  for (const doc of parsed.documents) {
    const root = doc.root;
    if (root?.kind !== 'map' || toPlain(root.entries.get('kind')) !== 'Secret') continue;
    const data = root.entries.get('data');
    if (data?.kind !== 'map') continue;
    for (const [key, node] of data.entries) {
      if (node.kind !== 'scalar' || typeof node.value !== 'string') continue;
      const at = node.keyLoc ?? node.loc;
      if (options.lines && !options.lines.has(at.line)) continue;
      const decoded = Buffer.from(node.value.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (!decoded || isPlaceholderOrReference(decoded)) continue;
      const position = { file, line: at.line, column: at.column, endColumn: at.column + key.length, encoding: 'base64' as const };
      const byRule = scanText(file, decoded, { ...options, lines: undefined });
      if (byRule.length) {
        for (const f of byRule) out.push({ ...f, ...position });
        continue;
      }
      const envKey = key.replace(/[.-]/g, '_');
      // Judged as a literal (never code): a reference, path, URL, masked or test value is no secret.
      if (notASecret({ value: decoded.trim(), quoted: true, after: '' })) continue;
      if (keyNameEntropyDetector.detect({ key: envKey, value: decoded.trim() })) {
        out.push({ ruleId: 'kubernetes-secret-data', provider: 'generic', description: `Kubernetes Secret value ${key}`, ...position, value: decoded.trim() });
      }
    }
  }
  return out;
}
