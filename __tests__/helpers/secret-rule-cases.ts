/**
 * Table tests for one secret rule: every `matches` line must produce exactly one finding of the
 * rule with the given secret (shown only redacted), every `ignores` line none of it.
 */
import { redactSecret } from '../../src/core/secrets/redact';
import type { SecretRule } from '../../src/core/secrets/rule';
import { scanText } from '../../src/core/secrets/scan';

export interface RuleCases {
  /** A line of a realistic file and the secret in it. */
  matches: { text: string; secret: string; file?: string }[];
  /** Lines that must not produce this rule (placeholders, wrong checksum, look-alikes, documented examples). */
  ignores: { text: string; file?: string; why: string }[];
}

export function describeSecretRule(rule: SecretRule, cases: RuleCases): void {
  if (!cases.matches.length || !cases.ignores.length) throw new Error(`${rule.id}: needs at least one match and one ignore case`);
  describe(`secret rule ${rule.id}`, () => {
    test('is well-formed', () => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.pattern.flags).not.toMatch(/[gy]/);
      expect(rule.keywords.length).toBeGreaterThan(0);
      for (const k of rule.keywords) expect(k).toBe(k.toLowerCase());
      expect(rule.provider.length).toBeGreaterThan(1);
      expect(rule.description.length).toBeGreaterThan(5);
    });
    cases.matches.forEach(({ text, secret, file }, i) => {
      test(`finds #${i + 1}`, () => {
        expect(rule.keywords.some((k) => text.toLowerCase().includes(k))).toBe(true);
        const found = scanText(file ?? 'config.env', text, { rules: [rule], generic: false }).filter((f) => f.ruleId === rule.id);
        expect(found.map((f) => ({ line: f.line, value: f.value, column: f.column }))).toEqual([{ line: 1, value: secret, column: text.indexOf(secret) + 1 }]);
        expect(redactSecret(found[0].value)).not.toContain(secret.slice(4));
      });
    });
    cases.ignores.forEach(({ text, file, why }) => {
      test(`ignores: ${why}`, () => {
        const found = scanText(file ?? 'config.env', text, { rules: [rule], generic: false }).filter((f) => f.ruleId === rule.id);
        expect(found).toEqual([]);
      });
    });
  });
}

/** A GitHub-format token with a correct CRC32 tail, built at run time (no token literal in the repository). */
export { base62, crc32 } from '../../src/core/secrets/checksum';
