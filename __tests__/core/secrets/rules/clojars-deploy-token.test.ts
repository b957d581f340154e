import rule from '../../../../src/core/secrets/rules/clojars-deploy-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('clojars-deploy-token');
const token = ['CLOJARS_', t.hex(60)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `CLOJARS_PASSWORD=${token}`, secret: token },
    { text: `{:repositories [["clojars" {:username "acme" :password "${token}"}]]}`, secret: token, file: 'profiles.clj' },
  ],
  ignores: [
    { text: `CLOJARS_PASSWORD=CLOJARS_${'0'.repeat(60)}`, why: 'placeholder' },
    { text: 'CLOJARS_USERNAME=acme', why: 'not a token' },
  ],
});
