import { defineSecretRule } from '../rule';

/**
 * Clojars deploy tokens: `CLOJARS_` and 60 lowercase alphanumerics.
 */
export default defineSecretRule({
  id: 'clojars-deploy-token',
  provider: 'Clojars',
  description: 'Clojars deploy token',
  keywords: ['clojars_'],
  pattern: /\b(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
