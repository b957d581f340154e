import { defineSecretRule } from '../rule';

/**
 * PuTTY `.ppk` files start with `PuTTY-User-Key-File-<version>: <algorithm>`; the private part
 * follows on later lines, so the header line is reported.
 */
export default defineSecretRule({
  id: 'putty-private-key',
  provider: 'Private key',
  description: 'PuTTY private key file',
  keywords: ['putty-user-key-file-'],
  pattern: /(?<![\w-])(?<secret>PuTTY-User-Key-File-[23]: (?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)))(?![\w-])/,
});
