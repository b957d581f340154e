import rule from '../../../../src/core/secrets/rules/databricks-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('databricks-access-token');
const token = ['dapi', t.hex(32)].join('');
const suffixed = `${['dapi', t.hex(32)].join('')}-2`;

describeSecretRule(rule, {
  matches: [
    { text: `DATABRICKS_TOKEN=${token}`, secret: token },
    { text: `token = ${suffixed}`, secret: suffixed, file: '.databrickscfg' },
    { text: `spark.conf.set("spark.databricks.token", "${token}")`, secret: token, file: 'job.py' },
  ],
  ignores: [
    { text: `DATABRICKS_TOKEN=dapi${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `DATABRICKS_TOKEN=dapi${t.hex(20)}`, why: 'too short' },
    { text: 'const api = new RapidApi(); // rapidapi', why: 'a word containing dapi' },
  ],
});
