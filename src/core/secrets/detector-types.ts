/**
 * Secret detection behind one small interface: a detector looks at one value (and the key that
 * holds it, when there is one) and says which rule matched, with a redacted preview. The matched
 * value never leaves a detector: callers only get the rule id, its description and the preview.
 * The detectors (key-name.ts, and detector.ts's provider rules) and detector.ts, which runs them in
 * order, all depend on this, and it on none of them.
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
