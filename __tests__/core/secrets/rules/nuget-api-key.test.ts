import rule from '../../../../src/core/secrets/rules/nuget-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { LOWER_ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['oy2', 'c', fake(LOWER_ALNUM, 15, 'n1'), 'q', fake(LOWER_ALNUM, 11, 'n2'), 'u', 'x', 'h', fake(LOWER_ALNUM, 11, 'n3'), 'm'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NUGET_API_KEY=${token}`, secret: token },
    { text: `  nugetApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `dotnet nuget push pkg.nupkg --api-key ${token} --source https://api.nuget.org/v3/index.json`, secret: token, file: 'publish.sh' },
  ],
  ignores: [
    { text: `NUGET_API_KEY=oy2${'a'.repeat(43)}`, why: 'placeholder' },
    { text: `NUGET_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NUGET_API_KEY=\${NUGET_API_KEY}`, why: 'reference' },
    { text: `NUGET_API_KEY=oy2${fake(LOWER_ALNUM, 43, 'random')}z`, why: 'wrong length and fixed bits' },
  ],
});
