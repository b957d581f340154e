import { defineSecretRule } from '../rule';

/** The signature is base64 of an HMAC-SHA256: 32 bytes once URL- and base64-decoded. */
function isSha256Signature(secret: string): boolean {
  try {
    return Buffer.from(decodeURIComponent(secret), 'base64').length === 32;
  } catch {
    return false; // Not valid percent-encoding.
  }
}

/**
 * The `sig=` parameter of a SAS URL or token: a URL-encoded base64 HMAC-SHA256, so it must decode to
 * exactly 32 bytes.
 */
export default defineSecretRule({
  id: 'azure-sas-token',
  provider: 'Azure',
  description: 'Azure shared access signature (SAS) token',
  keywords: ['sig='],
  pattern: /[?&;]sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))/,
  minEntropy: 3.5,
  validate: isSha256Signature,
});
