/**
 * A provider-specific secret rule: anchored on the provider's published token format, reached only
 * through a keyword prefilter, and confirmed by a checksum where the format has one.
 */
export interface SecretRule {
  /** Kebab-case id, equal to the rule's file name (`github-pat-classic`). Never changes. */
  id: string;
  /** The issuer, as people call it (`GitHub`, `AWS`, `Tailscale`). */
  provider: string;
  /** What the value is (`GitHub personal access token (classic)`). */
  description: string;
  /**
   * Lowercase substrings, at least one of which appears on every line the pattern can match
   * (usually the token's fixed prefix). Lines without any keyword never reach the pattern.
   */
  keywords: readonly string[];
  /**
   * The token format. No `g` or `y` flag. The secret is the named group `secret` when present,
   * else the whole match. Anchor on the format (prefix, length, alphabet, word boundaries).
   */
  pattern: RegExp;
  /**
   * Checksum or structural check of the secret (e.g. the CRC32 tail of GitHub tokens). `following`
   * is the text after the secret (up to 1 KB; empty when a value is checked on its own): a PEM
   * header's body is on the lines below it.
   */
  validate?: (secret: string, following: string) => boolean;
  /** Minimum Shannon entropy (bits per character) of the secret, for formats without a fixed prefix. */
  minEntropy?: number;
  /** Values published in the provider's documentation as examples; never reported. */
  documentedExamples?: readonly string[];
}

export function defineSecretRule(rule: SecretRule): SecretRule {
  return rule;
}
