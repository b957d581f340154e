import rule from '../../../../src/core/secrets/rules/dropbox-short-lived-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('dropbox-short-lived-token');
const token = ['sl', 'u', t.base64url(180)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DROPBOX_ACCESS_TOKEN=${token}`, secret: token },
    { text: `dbx = dropbox.Dropbox("${token}")`, secret: token, file: 'backup.py' },
  ],
  ignores: [
    { text: `DROPBOX_ACCESS_TOKEN=sl.${'x'.repeat(140)}`, why: 'placeholder' },
    { text: 'ctx = ssl.create_default_context()', why: 'ssl.' },
    { text: `DROPBOX_ACCESS_TOKEN=sl.${t.base64url(40)}`, why: 'too short' },
  ],
});
