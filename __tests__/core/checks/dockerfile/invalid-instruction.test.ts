import check from '../../../../src/core/checks/dockerfile/invalid-instruction';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    {
      name: 'directives and ARG before FROM, lower-case keywords, heredoc, ONBUILD',
      code: [
        '# syntax=docker/dockerfile:1.7',
        '# escape=\\',
        'ARG NODE_VERSION=22',
        'from node:${NODE_VERSION}-alpine AS build',
        'WORKDIR /app',
        'RUN <<EOF',
        'npm ci',
        'npm run build',
        'EOF',
        'ONBUILD COPY . /app',
        'FROM gcr.io/distroless/nodejs22-debian12',
        'COPY --from=build /app/dist /app',
        'CMD ["/app/index.js"]',
        '',
      ].join('\n'),
    },
    { name: 'a template is checked once rendered', files: { 'Dockerfile.template': 'FROM %%BASE%%\n{{ if .Dev }}\nRUN apk add git\n' } },
    { name: 'another frontend may add instructions', code: '# syntax=earthly/dockerfile:latest\nFROM alpine:3.20\nSAVE IMAGE app:latest\n' },
  ],
  invalid: [
    {
      name: 'a typo',
      code: 'FROM python:3.12-slim\nCOPPY requirements.txt /app/\nRUN pip install -r /app/requirements.txt\n',
      errors: [{ line: 2, messageId: 'unknown', message: 'unknown instruction "COPPY"; did you mean COPY?' }],
    },
    {
      name: 'a continuation that lost its backslash',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y \\\n    curl\n    ca-certificates\n',
      errors: [{ line: 4, messageId: 'unknown', message: 'unknown instruction "CA-CERTIFICATES"' }],
    },
    {
      name: 'RUN and ENV before FROM',
      code: 'ARG BASE=alpine:3.20\nENV LANG=C.UTF-8\nRUN echo building\nFROM ${BASE}\n',
      errors: [
        { line: 2, messageId: 'beforeFrom', message: 'ENV before the first FROM: only ARG may come before FROM' },
        { line: 3, messageId: 'beforeFrom', message: 'RUN before the first FROM' },
      ],
    },
    {
      name: 'no FROM at all',
      files: { 'docker/Dockerfile': 'WORKDIR /app\nCOPY . .\n' },
      errors: [{ file: 'docker/Dockerfile', line: 1, messageId: 'noFrom', message: 'the Dockerfile has no FROM instruction' }],
    },
  ],
});
