import { defineSecretRule } from '../rule';

/**
 * Grafana service account tokens: `glsa_`, 32 alphanumerics, `_`, and an 8-hex-digit check tail.
 */
export default defineSecretRule({
  id: 'grafana-service-account-token',
  provider: 'Grafana',
  description: 'Grafana service account token',
  keywords: ['glsa_'],
  pattern: /\b(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
});
