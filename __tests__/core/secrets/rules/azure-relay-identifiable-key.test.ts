import rule from '../../../../src/core/secrets/rules/azure-relay-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 33, 'arm'), '+ARm', 'C', fake(BASE64, 5, 'arm-2'), '='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_RELAY_KEY=${key}`, secret: key },
    { text: `  relayKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=${key};EntityPath=hc`, secret: key, file: 'relay.txt' },
  ],
  ignores: [
    { text: `AZURE_RELAY_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `AZURE_RELAY_KEY=${'A'.repeat(33)}+ARm${'A'.repeat(6)}=`, why: 'placeholder' },
    { text: `AZURE_RELAY_KEY=${key.replace('+ARm', 'Zzzz')}`, why: 'no signature' },
  ],
});
