import rule from '../../../../src/core/secrets/rules/azure-iot-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 33, 'aiot'), 'AIoT', 'C', fake(BASE64, 5, 'aiot-2'), '='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `IOTHUB_KEY=${key}`, secret: key },
    { text: `  deviceKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `HostName=shop.azure-devices.net;DeviceId=sensor-1;SharedAccessKey=${key}`, secret: key, file: 'device.txt' },
  ],
  ignores: [
    { text: `IOTHUB_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `IOTHUB_KEY=${'A'.repeat(33)}AIoT${'A'.repeat(6)}=`, why: 'placeholder' },
    { text: `IOTHUB_KEY=${key.replace('AIoT', 'Zzzz')}`, why: 'no signature' },
  ],
});
