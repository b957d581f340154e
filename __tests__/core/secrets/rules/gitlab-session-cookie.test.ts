import rule from '../../../../src/core/secrets/rules/gitlab-session-cookie';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { LOWER_ALNUM, fake } from '../../../helpers/fake-secret';

const cookie = fake(LOWER_ALNUM, 32, 'gitlab-session');

describeSecretRule(rule, {
  matches: [
    { text: `curl -b "_gitlab_session=${cookie}" https://gitlab.example.com/api/v4/user`, secret: cookie, file: 'debug.sh' },
    { text: `Cookie: _gitlab_session=${cookie}; known_sign_in=1`, secret: cookie, file: 'request.http' },
  ],
  ignores: [
    { text: `Cookie: _gitlab_session=${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `Cookie: _gitlab_session=${cookie.slice(4)}`, why: 'too short' },
  ],
});
