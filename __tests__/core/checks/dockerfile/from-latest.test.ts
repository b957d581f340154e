import check from '../../../../src/core/checks/dockerfile/from-latest';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'version tag', code: 'FROM node:20.18-bookworm-slim\n' },
    { name: 'digest without tag', code: 'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { name: 'scratch', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'stage referenced by name (any case)', code: 'FROM node:20 AS Base\nRUN npm ci\nFROM base\nCMD ["node", "x.js"]\n' },
    { name: 'registry with port and a tag', code: 'FROM registry.local:5000/team/mcp:1.4.2\n' },
    { name: 'ARG default resolves to a tag', code: 'ARG NODE_VERSION=20.18\nFROM node:${NODE_VERSION}-slim\n' },
    { name: 'unresolvable ARG is not judged', code: 'ARG BASE\nFROM $BASE\n' },
    { name: '--platform flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build\n' },
  ],
  invalid: [
    { name: 'untagged', code: 'FROM node\n', errors: [{ line: 1, messageId: 'untagged', message: 'FROM node has no tag' }] },
    { name: 'latest', code: '# base\nFROM python:latest\n', errors: [{ line: 2, messageId: 'latest', message: 'python:latest' }] },
    {
      name: 'registry port is not a tag',
      code: 'FROM localhost:5000/mcp-server AS app\n',
      errors: [{ line: 1, messageId: 'untagged', message: 'localhost:5000/mcp-server' }],
    },
    {
      name: 'every stage is checked; the stage reference is not',
      code: 'FROM golang AS build\nRUN go build .\nFROM build AS test\nFROM alpine:latest\n',
      errors: [
        { line: 1, messageId: 'untagged' },
        { line: 4, messageId: 'latest' },
      ],
    },
    { name: 'ARG default that is latest', code: 'ARG TAG=latest\nFROM node:$TAG\n', errors: [{ line: 2, messageId: 'latest', message: 'node:latest' }] },
  ],
});
