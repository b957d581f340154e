import check from '../../../../src/core/checks/dockerfile/user-root';
import { describeCheck, runCase } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'named user', code: 'FROM node:20-slim\nRUN useradd -r app\nUSER app\nCMD ["node", "server.js"]\n' },
    { name: 'numeric user', code: 'FROM gcr.io/distroless/nodejs20\nUSER 65532:65532\n' },
    { name: 'root only in the builder stage', code: 'FROM node:20 AS build\nUSER root\nRUN npm ci\nFROM node:20-slim\nUSER node\n' },
    { name: 'root for setup, then a user', code: 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER 1001\n' },
    { name: 'the USER of the stage the final one is built FROM', code: 'FROM node:20-slim AS base\nUSER node\n\nFROM base AS final\nCOPY . /app\n' },
    ...[
      'gcr.io/distroless/static-debian12:nonroot',
      'cgr.dev/chainguard/node:latest',
      'grafana/grafana:11.2.0',
      'bitnami/nginx:1.27',
      'postgres:16',
      'docker.io/nginxinc/nginx-unprivileged:1.27',
    ].map((image) => ({ name: `a base image that runs as non-root: ${image}`, code: `FROM ${image}\nCOPY config /etc/app/\n` })),
    {
      name: 'a base named by an ARG that resolves to a non-root image',
      code: 'ARG BASE=gcr.io/distroless/base-debian12:nonroot\nFROM ${BASE}\nCOPY app /app\n',
    },
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
    { name: 'distroless without its nonroot tag', code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\n', errors: [{ line: 1, messageId: 'noUser' }] },
    {
      name: 'scratch',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n',
      errors: [{ line: 3, messageId: 'noUser' }],
    },
    {
      name: 'a root USER inherited from the stage it is built FROM',
      code: 'FROM debian:12 AS base\nUSER root\nFROM base\nCOPY app /app\n',
      errors: [{ line: 2, messageId: 'rootUser' }],
    },
    {
      name: 'an image whose user is not known here',
      code: 'FROM example/reverse-proxy:1.6\nCOPY uploadsize.conf /etc/nginx/conf.d/\n',
      errors: [{ line: 1, messageId: 'unknownBase', message: 'whether its base image example/reverse-proxy:1.6 runs as root is not known here' }],
    },
    {
      name: 'a base named by an unresolved ARG',
      code: 'ARG SENTRY_IMAGE\nFROM ${SENTRY_IMAGE}\nRUN pip install sentry-nodestore-s3\n',
      errors: [{ line: 2, messageId: 'unknownBase', message: '${SENTRY_IMAGE}' }],
    },
  ],
});

describe('severity', () => {
  const severities = (code: string, config?: Record<string, unknown>) =>
    runCase(check, { code, config }, 'Dockerfile').map((f) => `${f.severity} ${f.messageId}`);
  test('an unknown base is info, a known root base a warning, and a severity set in stackgate.yml applies to both', () => {
    expect(severities('FROM example/base:1\n')).toEqual(['info unknownBase']);
    expect(severities('FROM python:3.12-slim\n')).toEqual(['warning noUser']);
    expect(severities('FROM example/base:1\n', { checks: { 'dockerfile/user-root': 'warning' } })).toEqual(['warning unknownBase']);
  });
});
