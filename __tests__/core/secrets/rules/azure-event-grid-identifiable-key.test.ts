import rule from '../../../../src/core/secrets/rules/azure-event-grid-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 33, 'azeg'), 'AZEG', 'C', fake(BASE64, 5, 'azeg-2'), '='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `EVENTGRID_KEY=${key}`, secret: key },
    { text: `  topicKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `curl -H "aeg-sas-key: ${key}" https://orders.westeurope-1.eventgrid.azure.net/api/events`, secret: key, file: 'publish.sh' },
  ],
  ignores: [
    { text: `EVENTGRID_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `EVENTGRID_KEY=${'A'.repeat(33)}AZEG${'A'.repeat(6)}=`, why: 'placeholder' },
    { text: `EVENTGRID_KEY=${key.replace('AZEG', 'Zzzz')}`, why: 'no signature' },
  ],
});
