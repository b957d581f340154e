import { redactSecret } from './redact';
import { SECRET_RULES } from './rules/index';
import { keyNameEntropyDetector } from './key-name';
import { isKnownFake, scanText } from './scan';

/**
 * Secret detection behind one small interface: a detector looks at one value (and the key that
 * holds it, when there is one) and says which rule matched, with a redacted preview. The matched
 * value never leaves a detector: callers only get the rule id, its description and the preview.
 */

export interface SecretMatch {
  /** Stable rule id, e.g. `github-token`. */
  ruleId: string;
  /** Human description of what was found, e.g. "GitHub token". */
  description: string;
  /** A preview that is safe to print: a public format prefix at most, plus the length. */
  redacted: string;
}

export interface SecretInput {
  /** Variable or field name holding the value, when known (`DB_PASSWORD`). */
  key?: string;
  value: string;
}

export interface SecretDetector {
  id: string;
  detect(input: SecretInput): SecretMatch | undefined;
}

/** Provider formats (the secret scanner's rules, with their checksums), whatever the key is called. */
export const providerRulesDetector: SecretDetector = {
  id: 'provider-rules',
  detect({ value }) {
    const [found] = scanText('value', value, { rules: SECRET_RULES, generic: false, maxDecodeDepth: 0 });
    return found ? { ruleId: found.ruleId, description: found.description, redacted: redactSecret(found.value) } : undefined;
  },
};

export { keyNameEntropyDetector, shannonEntropy } from './key-name';

export const defaultDetectors: readonly SecretDetector[] = [providerRulesDetector, keyNameEntropyDetector];

/** The first match of the detectors, in order. */
export function detectSecret(input: SecretInput, detectors: readonly SecretDetector[] = defaultDetectors): SecretMatch | undefined {
  // A provider-format value with a wrong checksum is a fake: no detector reports it.
  if (isKnownFake(input.value, SECRET_RULES)) return undefined;
  for (const d of detectors) {
    const m = d.detect(input);
    if (m) return m;
  }
  return undefined;
}
