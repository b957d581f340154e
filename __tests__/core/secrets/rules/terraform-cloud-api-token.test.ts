import rule from '../../../../src/core/secrets/rules/terraform-cloud-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('terraform-cloud-api-token');
const token = [t.alnum(14), 'atlasv1', t.base64url(67)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `TF_TOKEN_app_terraform_io=${token}`, secret: token },
    { text: `  token = "${token}"`, secret: token, file: '.terraformrc' },
    { text: `{"credentials": {"app.terraform.io": {"token": "${token}"}}}`, secret: token, file: 'credentials.tfrc.json' },
  ],
  ignores: [
    { text: `  token = "${'x'.repeat(14)}.atlasv1.${'x'.repeat(67)}"`, why: 'placeholder', file: '.terraformrc' },
    { text: `TF_TOKEN=${t.alnum(14)}.atlasv1.${t.base64url(20)}`, why: 'secret part too short' },
    { text: `TF_TOKEN=${t.alnum(14)}.atlasv2.${t.base64url(67)}`, why: 'not the atlasv1 marker' },
  ],
});
