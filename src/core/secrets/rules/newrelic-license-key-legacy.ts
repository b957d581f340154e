import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Forty lowercase hex characters assigned to a New Relic license-key name.
 */
export default defineSecretRule({
  id: 'newrelic-license-key-legacy',
  provider: 'New Relic',
  description: 'New Relic license key (legacy 40-hex format)',
  keywords: [
    'new_relic_license',
    'new-relic-license',
    'new.relic.license',
    'newreliclicense',
    'newrelic_license',
    'newrelic-license',
    'newrelic.license',
    'nr_license',
    'nr-license',
    'nr.license',
    'nrlicense',
  ],
  pattern: assignedTo(['new_relic_license', 'newrelic_license', 'nr_license'], '[a-f0-9]{40}'),
  minEntropy: 3,
});
