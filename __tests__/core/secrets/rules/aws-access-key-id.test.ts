import rule from '../../../../src/core/secrets/rules/aws-access-key-id';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';

const key = ['AKIA', 'Q3RT7XWZ2PLM5KVN'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AWS_ACCESS_KEY_ID=${key}`, secret: key },
    { text: `aws_access_key_id = ${key}`, secret: key, file: '.aws/credentials' },
    { text: `  accessKeyId: "${key}"`, secret: key, file: 'config.yaml' },
  ],
  ignores: [
    { text: 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', why: 'documented example key' },
    { text: 'AWS_ACCESS_KEY_ID=AKIA1234', why: 'too short' },
    { text: `AWS_ACCESS_KEY_ID=${key.toLowerCase()}`, why: 'wrong alphabet (lowercase)' },
  ],
});
