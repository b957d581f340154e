import rule from '../../../../src/core/secrets/rules/azure-cache-for-redis-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 33, 'azca'), 'AzCa', 'C', fake(BASE64, 5, 'azca-2'), '='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `REDIS_KEY=${key}`, secret: key },
    { text: `  redisPassword: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `REDIS_URL=rediss://:${key}@shop.redis.cache.windows.net:6380`, secret: key, file: '.env' },
  ],
  ignores: [
    { text: `REDIS_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `REDIS_KEY=${'A'.repeat(33)}AzCa${'A'.repeat(6)}=`, why: 'placeholder' },
    { text: `REDIS_KEY=${key.replace('AzCa', 'Zzzz')}`, why: 'no signature' },
  ],
});
