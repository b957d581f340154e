import check from '../../../../src/core/checks/dockerfile/user-root';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'named user', code: 'FROM node:20-slim\nRUN useradd -r app\nUSER app\nCMD ["node", "server.js"]\n' },
    { name: 'numeric user', code: 'FROM gcr.io/distroless/nodejs20\nUSER 65532:65532\n' },
    { name: 'root only in the builder stage', code: 'FROM node:20 AS build\nUSER root\nRUN npm ci\nFROM node:20-slim\nUSER node\n' },
    { name: 'root for setup, then a user', code: 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER 1001\n' },
  ],
  invalid: [
    { name: 'no USER at all', code: 'FROM node:20-slim\nCMD ["node", "server.js"]\n', errors: [{ line: 1, messageId: 'noUser' }] },
    {
      name: 'USER only in the builder stage: reported at the final FROM',
      code: 'FROM node:20 AS build\nUSER node\nRUN npm ci\n\nFROM node:20-slim\nCOPY --from=build /app /app\n',
      errors: [{ line: 5, messageId: 'noUser' }],
    },
    { name: 'ends as root', code: 'FROM node:20-slim\nUSER node\nRUN npm ci\nUSER root\n', errors: [{ line: 4, messageId: 'rootUser', message: 'USER root' }] },
    { name: 'uid 0 with group', code: 'FROM alpine:3.20\nUSER 0:0\n', errors: [{ line: 2, messageId: 'rootUser', message: '0:0' }] },
  ],
});
