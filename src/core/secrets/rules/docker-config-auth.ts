import { defineSecretRule } from '../rule';

/** `auth` holds base64 of `user:password` (or `user:token`): a registry login, whoever reads it. */
function isUserPassword(secret: string): boolean {
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  const m = /^([\x21-\x39\x3b-\x7e]{1,256}):([\x20-\x7e]{6,})$/.exec(decoded);
  if (!m) return false;
  const password = m[2];
  // `user:password`, `user:xxxxxx` and `${USER}:${PASS}` are placeholders, not logins.
  return !/^(?:password|passwd|secret|changeme|x+|\*+|<[^>]*>|\$\{?[A-Za-z_][\w]*\}?)$/i.test(password);
}

/**
 * A registry login in a Docker client config (`~/.docker/config.json`, a Kubernetes
 * `.dockerconfigjson`, a CI variable): `"auths": { "<registry>": { "auth": "<base64 user:password>" } }`.
 * The value is checked to decode to `user:password`.
 */
export default defineSecretRule({
  id: 'docker-config-auth',
  provider: 'Docker',
  description: 'Docker registry login (config.json auths.*.auth)',
  keywords: ['"auth"', '\\"auth\\"'],
  pattern: /\\?"auth\\?"\s{0,16}:\s{0,16}\\?"(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})\\?"/,
  validate: isUserPassword,
});
