import check from '../../../../src/core/checks/dockerfile/npm-ci';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'npm ci', code: 'FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci --omit=dev\n' },
    { name: 'named package', code: 'FROM node:20-slim\nRUN npm install --no-save left-pad@1.3.0\n' },
    { name: 'global tool', code: 'FROM node:20-slim\nRUN npm i -g pm2@5.4.2\n' },
    { name: 'yarn is not npm', code: 'FROM node:20-slim\nRUN yarn install --frozen-lockfile\n' },
  ],
  invalid: [
    { name: 'npm install', code: 'FROM node:20-slim\nCOPY . .\nRUN npm install\n', errors: [{ line: 3, messageId: 'useCi', message: '`npm install`' }] },
    {
      name: 'npm i with flags, in a chain',
      code: 'FROM node:20 AS build\nWORKDIR /app\nRUN npm config set fund false && \\\n    npm i --production --prefix /app\n',
      errors: [{ line: 3, messageId: 'useCi', message: 'npm i --production --prefix /app' }],
    },
  ],
});
