import check from '../../../../src/core/checks/docs/readme';
import { describeCheck } from '../../../helpers/check-cases';

const PROSE =
  'Nine MCP servers on ports 8501-8509, deployed by Portainer from stacks/common with one override per environment (dev, staging, prod). Merges to main go to dev; staging and prod are promoted by release managers. Runbooks are in docs/runbooks.\n';

describeCheck(check, {
  defaultFile: 'README.md',
  valid: [
    { name: 'a README with prose', code: `# mcp-stacks\n\n${PROSE}` },
    { name: 'README.rst', files: { 'README.rst': `mcp-stacks\n==========\n\n${PROSE}` } },
  ],
  invalid: [
    { name: 'no README', files: { 'docker-compose.yml': 'services: {}\n' }, errors: [{ file: '.', line: 1, messageId: 'missing' }] },
    {
      name: 'headings and badges only',
      code: '# mcp-stacks\n\n[![ci](https://github.com/acme/mcp/actions/workflows/ci.yml/badge.svg)](https://github.com/acme/mcp/actions)\n\n## Usage\n\nTODO\n',
      errors: [{ line: 1, messageId: 'tooShort', message: 'README.md has 4 characters of prose' }],
    },
    { name: 'a README in a subdirectory only', files: { 'docs/README.md': `# docs\n\n${PROSE}` }, errors: [{ file: '.', line: 1, messageId: 'missing' }] },
  ],
});
