import rule from '../../../../src/core/secrets/rules/elevenlabs-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = ['sk_', fake(HEX, 48, 'elevenlabs')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `ELEVENLABS_API_KEY=${secret}`, secret },
    { text: `  elevenlabsApiKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `curl -H "xi-api-key: ${secret}" https://api.elevenlabs.io/v1/voices`, secret, file: 'voices.sh' },
  ],
  ignores: [
    { text: `ELEVENLABS_API_KEY=sk_${'0'.repeat(48)}`, why: 'placeholder' },
    { text: `ELEVENLABS_API_KEY=\${ELEVENLABS_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
