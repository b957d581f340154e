import rule from '../../../../src/core/secrets/rules/digitalocean-personal-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('digitalocean-personal-access-token');
const token = ['dop_v1_', t.hex(64)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DIGITALOCEAN_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  token: ${token}`, secret: token, file: '.config/doctl/config.yaml' },
    { text: `client = pydo.Client(token="${token}")`, secret: token, file: 'infra.py' },
  ],
  ignores: [
    { text: `DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${t.hex(63)}`, why: 'too short' },
    { text: `DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${t.hex(64).toUpperCase()}`, why: 'uppercase hex is not the format' },
  ],
});
