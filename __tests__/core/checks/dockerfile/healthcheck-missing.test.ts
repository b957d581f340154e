import check from '../../../../src/core/checks/dockerfile/healthcheck-missing';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    {
      name: 'healthcheck in final stage',
      code: 'FROM node:20-slim\nHEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'inherited from the stage it builds on',
      code: 'FROM node:20-slim AS base\nHEALTHCHECK CMD ["/probe"]\nFROM base AS final\nCMD ["node", "server.js"]\n',
    },
    { name: 'empty Dockerfile has no stages', code: '# nothing yet\n' },
  ],
  invalid: [
    { name: 'none', code: 'FROM node:20-slim\nCMD ["node", "server.js"]\n', errors: [{ line: 1, messageId: 'missing', message: 'FROM node:20-slim' }] },
    {
      name: 'only the builder has one: reported at the final FROM',
      code: 'FROM node:20 AS build\nHEALTHCHECK CMD true\nRUN npm ci\n\nFROM gcr.io/distroless/nodejs20\nCOPY --from=build /app /app\n',
      errors: [{ line: 5, messageId: 'missing' }],
    },
    { name: 'HEALTHCHECK NONE', code: 'FROM node:20-slim\nHEALTHCHECK NONE\n', errors: [{ line: 2, messageId: 'disabled' }] },
    {
      name: 'the later NONE wins over the inherited one',
      code: 'FROM node:20-slim AS base\nHEALTHCHECK CMD ["/probe"]\nFROM base\nhealthcheck none\n',
      errors: [{ line: 4, messageId: 'disabled' }],
    },
  ],
});
