/**
 * The GitHub App's credentials: its private key (checked to be an RSA private key when loaded) and
 * installation tokens, from `@octokit/auth-app` (App JWTs signed RS256, one installation token per
 * installation, cached until shortly before it expires). Tokens are handed out as strings, so every
 * use case that takes a token (the ledger, the gate's reads, the sticky comment) works unchanged.
 */
import { createPrivateKey } from 'node:crypto';
import { createAppAuth } from '@octokit/auth-app';
import { request as octokitRequest } from '@octokit/request';
import { UserError } from '../../core/errors';
import { toGitHubApiError } from './api-error';
import { DEFAULT_API_URL } from './client';

export interface AppCredentials {
  appId: number;
  /** PEM (PKCS#1 "BEGIN RSA PRIVATE KEY", as GitHub downloads it, or PKCS#8). */
  privateKey: string;
  apiUrl?: string;
}

export interface AppAuthenticator {
  appId: number;
  /** An installation token for the installation (cached by @octokit/auth-app). */
  installationToken(installationId: number): Promise<string>;
}

/** A UserError naming the variable when the key is not an RSA private key. */
export function checkPrivateKey(pem: string, where: string): void {
  let type: string | undefined;
  try {
    const key = createPrivateKey(pem);
    type = key.asymmetricKeyType;
  } catch (e) {
    throw new UserError(`${where}: not a private key in PEM format (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, {
      hint: 'use the .pem file GitHub generated for the App',
    });
  }
  if (type !== 'rsa') throw new UserError(`${where}: a GitHub App key is an RSA key, this one is ${type ?? 'unknown'}`);
}

export function createAppAuthenticator(credentials: AppCredentials, fetchImpl?: typeof fetch): AppAuthenticator {
  const baseUrl = (credentials.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  const auth = createAppAuth({
    appId: credentials.appId,
    privateKey: credentials.privateKey,
    request: octokitRequest.defaults({ baseUrl, headers: { 'x-github-api-version': '2022-11-28' }, ...(fetchImpl ? { request: { fetch: fetchImpl } } : {}) }),
  });
  return {
    appId: credentials.appId,
    async installationToken(installationId) {
      try {
        const result = await auth({ type: 'installation', installationId });
        return result.token;
      } catch (e) {
        throw toGitHubApiError(e, `get an installation token for installation ${installationId}`) ?? e;
      }
    },
  };
}
