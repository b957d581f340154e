/** The detectors in order (provider formats, then secret-sounding keys), and the first that matches. */
import { redactSecret } from './redact';
import { SECRET_RULES } from './rules/index';
import { keyNameEntropyDetector } from './key-name';
import { isKnownFake, scanText } from './scan';
import type { SecretDetector, SecretInput, SecretMatch } from './detector-types';

export type { SecretDetector, SecretInput, SecretMatch } from './detector-types';

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
