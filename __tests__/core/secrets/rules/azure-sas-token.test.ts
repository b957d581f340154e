import rule from '../../../../src/core/secrets/rules/azure-sas-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeBase64Bytes } from '../../../helpers/fake-secret';

const sig = encodeURIComponent(fakeBase64Bytes(32, 'sas'));
const url = `https://shop.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=${sig}`;

describeSecretRule(rule, {
  matches: [
    { text: `EXPORT_URL=${url}`, secret: sig },
    { text: `  sasUrl: "${url}"`, secret: sig, file: 'values.yaml' },
    { text: `SharedAccessSignature sr=shop.servicebus.windows.net&sig=${sig}&se=1767225600&skn=send`, secret: sig, file: 'token.txt' },
  ],
  ignores: [
    { text: `EXPORT_URL=https://shop.blob.core.windows.net/exports?sv=2022-11-02&sp=r&sig=REDACTED`, why: 'redacted' },
    { text: `EXPORT_URL=https://shop.blob.core.windows.net/x?sv=2022-11-02&sig=${'A'.repeat(43)}%3D`, why: 'placeholder' },
    {
      text: `EXPORT_URL=https://shop.blob.core.windows.net/x?sv=2022-11-02&sig=${encodeURIComponent(fakeBase64Bytes(16, 'short'))}`,
      why: 'not a 32-byte signature',
    },
  ],
});
