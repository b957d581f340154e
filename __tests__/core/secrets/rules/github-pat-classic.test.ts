import rule from '../../../../src/core/secrets/rules/github-pat-classic';
import { base62, crc32, describeSecretRule } from '../../../helpers/secret-rule-cases';

const body = 'R8kD2mQ7xZ4vN1pL6tY9wB3cF5hJ0g';
const token = `ghp_${body}${base62(crc32(body), 6)}`;
const badChecksum = `ghp_${body}AAAAAA`;

describeSecretRule(rule, {
  matches: [
    { text: `GITHUB_TOKEN=${token}`, secret: token },
    { text: `      - GITHUB_PERSONAL_ACCESS_TOKEN=${token}`, secret: token, file: 'docker-compose.yml' },
    { text: `const octokit = new Octokit({ auth: "${token}" });`, secret: token, file: 'src/app.ts' },
  ],
  ignores: [
    { text: `GITHUB_TOKEN=${badChecksum}`, why: 'wrong CRC32 tail (a random look-alike)' },
    { text: 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    { text: 'GITHUB_TOKEN=${GITHUB_TOKEN}', why: 'reference' },
    { text: `GITHUB_TOKEN=${token}X`, why: 'longer than the format' },
  ],
});
