import rule from '../../../../src/core/secrets/rules/azure-event-hub-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 33, 'aeh'), '+AEh', 'C', fake(BASE64, 5, 'aeh-2'), '='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `EVENTHUB_KEY=${key}`, secret: key },
    { text: `  eventHubKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key};EntityPath=orders`, secret: key, file: 'eh.txt' },
  ],
  ignores: [
    { text: `EVENTHUB_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `EVENTHUB_KEY=${'A'.repeat(33)}+AEh${'A'.repeat(6)}=`, why: 'placeholder' },
    { text: `EVENTHUB_KEY=${key.replace('+AEh', 'Zzzz')}`, why: 'no signature' },
  ],
});
