import { UUID } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Bitwarden Secrets Manager machine-account access tokens: `0.`, the client id (UUID), `.`,
 * a 30-character client secret, `:`, and a base64 encryption key. Only on a line that mentions
 * Bitwarden or `BWS_`.
 */
export default defineSecretRule({
  id: 'bitwarden-access-token',
  provider: 'Bitwarden',
  description: 'Bitwarden Secrets Manager access token',
  keywords: ['bitwarden', 'bws_'],
  pattern: new RegExp(`(?<![\\w.])(?<secret>0\\.${UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])`),
  minEntropy: 3.5,
});
