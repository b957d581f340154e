import rule from '../../../../src/core/secrets/rules/rubygems-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['rubygems_', fake(HEX, 48, 'rubygems')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GEM_HOST_API_KEY=${token}`, secret: token },
    { text: `  :rubygems_api_key: "${token}"`, secret: token, file: '.gem/credentials' },
    { text: `export GEM_HOST_API_KEY="${token}"`, secret: token, file: 'release.sh' },
  ],
  ignores: [
    { text: `GEM_HOST_API_KEY=rubygems_${'0'.repeat(48)}`, why: 'placeholder' },
    { text: `GEM_HOST_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `GEM_HOST_API_KEY=\${GEM_HOST_API_KEY}`, why: 'reference' },
  ],
});
