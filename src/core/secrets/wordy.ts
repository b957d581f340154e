/**
 * Whether a name reads as words (`SecretManagerServiceClient`, `secretmanager_v1`, `cfg.db.password`):
 * split at case changes, digits and separators, its parts of four or more letters have vowels and
 * no long consonant runs, and short parts (`db`, `cfg`, `v`) are at most half its letters. Random
 * tokens (`eyJhbGciOiJIUzI1NiJ9`, `x7qzkf2mwp`) split into short or unpronounceable parts.
 */
export function isWordy(name: string): boolean {
  const parts = name.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
  let letters = 0;
  let short = 0;
  for (const p of parts) {
    letters += p.length;
    if (p.length <= 3) {
      short += p.length;
      continue;
    }
    const lower = p.toLowerCase();
    const vowels = (lower.match(/[aeiouy]/g) ?? []).length;
    if (vowels / p.length < 0.12 || /[^aeiouy]{5}/.test(lower)) return false;
  }
  // Digits count against a name only when they outnumber its letters (`v1`, `b64` are fine).
  const digits = (name.match(/\d/g) ?? []).length;
  return letters > short && short / letters <= 0.5 && digits <= letters / 2;
}
