import rule from '../../../../src/core/secrets/rules/azure-service-bus-shared-access-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeBase64Bytes } from '../../../helpers/fake-secret';

const key = fakeBase64Bytes(32, 'servicebus');

describeSecretRule(rule, {
  matches: [
    {
      text: `SERVICEBUS_CONNECTION=Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`,
      secret: key,
    },
    {
      text: `  "EventHub": "Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key};EntityPath=events"`,
      secret: key,
      file: 'appsettings.json',
    },
  ],
  ignores: [
    { text: `Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=x;SharedAccessKey=<key>`, why: 'placeholder' },
    { text: `Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKey=${'A'.repeat(43)}=`, why: 'placeholder' },
    { text: `Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKey=${key.slice(4)}`, why: 'too short' },
  ],
});
