import check from '../../../../src/core/checks/docs/architecture';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docs/architecture.md',
  valid: [
    { name: 'docs/architecture.md', code: '# How the MCP fleet fits together\n' },
    { name: 'docs/architecture/ directory', files: { 'docs/architecture/overview.md': '# Overview\n' } },
    { name: 'ARCHITECTURE.md', files: { 'ARCHITECTURE.md': '# Arch\n' } },
    { name: 'an Architecture section in the README', files: { 'README.md': '# fleet\n\n## Architecture overview\n\nLiteLLM in front of nine servers.\n' } },
  ],
  invalid: [
    {
      name: 'no architecture anywhere',
      files: { 'README.md': '# fleet\n\n## Usage\n\n```md\n## Architecture\n```\n' },
      errors: [{ file: 'README.md', line: 1, messageId: 'none' }],
    },
  ],
});
