import check from '../../../../src/core/checks/dockerfile/multi-stage';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    {
      name: 'multi-stage build',
      code: 'FROM node:20 AS build\nRUN npm ci && npm run build\nFROM node:20-slim\nCOPY --from=build /app/dist /app\nRUN npm ci --omit=dev\n',
    },
    { name: 'runtime-only install', code: 'FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY dist ./dist\n' },
    {
      name: 'runtime packages only',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\n',
    },
    { name: 'global CLI install', code: 'FROM node:20-slim\nRUN npm install -g @modelcontextprotocol/inspector@0.9.0\n' },
    { name: 'pip install is not build tooling', code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n' },
  ],
  invalid: [
    {
      name: 'compiler installed in the only stage',
      code: 'FROM python:3.12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      build-essential \\\n      libpq-dev\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 2, messageId: 'singleStage', message: 'apt-get install build-essential' }],
    },
    {
      name: 'npm ci with devDependencies and a build',
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/index.js"]\n',
      errors: [{ line: 4, messageId: 'singleStage', message: 'npm ci' }],
    },
    {
      name: 'go build',
      code: 'FROM golang:1.23\nCOPY . /src\nRUN cd /src && CGO_ENABLED=0 go build -o /mcp ./cmd/mcp\n',
      errors: [{ line: 3, messageId: 'singleStage', message: 'go build' }],
    },
    {
      name: 'apk build-base, reported once',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache build-base=0.5-r3 python3\nRUN make\n',
      errors: [{ line: 2, messageId: 'singleStage', message: 'build-base' }],
    },
    {
      name: 'cargo in a heredoc',
      code: 'FROM rust:1.82\nRUN <<EOF\nset -e\ncargo build --release\nEOF\n',
      errors: [{ line: 2, messageId: 'singleStage', message: 'cargo build' }],
    },
  ],
});
