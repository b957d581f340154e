import check from '../../../../src/core/checks/compose/invalid-env-file';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE = 'services:\n  web:\n    image: acme/mcp:${TAG}\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'well-formed .env', files: { 'docker-compose.yml': COMPOSE, '.env': '# comment\nexport TAG=1.0\nNAME="a b"\nBARE\n' } }],
  invalid: [
    {
      name: 'a line that is not KEY=VALUE',
      files: { 'docker-compose.yml': COMPOSE, '.env': 'TAG=1.0\nthis is not a variable\n' },
      errors: [
        {
          file: '.env',
          line: 2,
          messageId: 'line',
          message: 'expected KEY=VALUE, a comment or a bare name; the line is neither (not shown: env files hold credentials)',
        },
      ],
    },
    {
      name: 'an environment env file from stackgate.yml',
      files: { 'docker-compose.yml': COMPOSE, 'env/prod.env': 'TAG=1.0\n\n-bad=1\n' },
      config: { environments: { prod: { envFiles: ['env/prod.env'] } } },
      errors: [{ file: 'env/prod.env', line: 3, messageId: 'line' }],
    },
  ],
});
