import rule from '../../../../src/core/secrets/rules/azure-service-bus-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 33, 'asb'), '+ASb', 'C', fake(BASE64, 5, 'asb-2'), '='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SERVICEBUS_KEY=${key}`, secret: key },
    { text: `  serviceBusKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`, secret: key, file: 'sb.txt' },
  ],
  ignores: [
    { text: `SERVICEBUS_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `SERVICEBUS_KEY=${'A'.repeat(33)}+ASb${'A'.repeat(6)}=`, why: 'placeholder' },
    { text: `SERVICEBUS_KEY=${key.replace('+ASb', 'Zzzz')}`, why: 'no signature' },
  ],
});
