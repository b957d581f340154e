import check from '../../../../src/core/checks/dockerfile/from-digest';
import { describeCheck } from '../../../helpers/check-cases';

const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'tag and digest', code: `FROM node:20-slim@${DIGEST}\n` },
    { name: 'stages and scratch are not images', code: `FROM golang:1.23@${DIGEST} AS build\nFROM build AS test\nFROM scratch\n` },
    { name: 'unresolvable ARG', code: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n' },
  ],
  invalid: [
    { name: 'tag only', code: 'FROM node:20-slim\n', errors: [{ line: 1, messageId: 'notPinned', message: 'node:20-slim' }] },
    {
      name: 'each external stage',
      code: `FROM golang:1.23 AS build\nRUN go build .\nFROM gcr.io/distroless/static@${DIGEST}\nFROM alpine:3.20\n`,
      errors: [
        { line: 1, messageId: 'notPinned', message: 'golang:1.23' },
        { line: 4, messageId: 'notPinned', message: 'alpine:3.20' },
      ],
    },
  ],
});
