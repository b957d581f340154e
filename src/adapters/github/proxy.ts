/**
 * GitHub behind an HTTP proxy (self-hosted runners in a closed network): requests go through the
 * proxy that HTTPS_PROXY / HTTP_PROXY name, except to hosts NO_PROXY lists, with undici's
 * EnvHttpProxyAgent as the fetch dispatcher. The entry point reads the environment
 * (`proxySettingsFromEnv`) and passes the settings down; nothing here reads process.env.
 */
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

export interface ProxySettings {
  /** Proxy for http:// URLs (HTTP_PROXY); also for https:// when httpsProxy is not set. */
  httpProxy?: string;
  /** Proxy for https:// URLs (HTTPS_PROXY). */
  httpsProxy?: string;
  /** Hosts reached directly (NO_PROXY): comma- or space-separated, `host`, `host:port`, `.domain`, `*.domain` or `*`. */
  noProxy?: string;
}

/** The proxy settings of an environment; a lowercase name wins over the uppercase one, as in curl and undici. */
export function proxySettingsFromEnv(env: Readonly<Record<string, string | undefined>>): ProxySettings {
  const read = (name: string): string | undefined => (env[name.toLowerCase()] || env[name] || '').trim() || undefined;
  const settings: ProxySettings = {};
  const httpProxy = read('HTTP_PROXY');
  const httpsProxy = read('HTTPS_PROXY');
  const noProxy = read('NO_PROXY');
  if (httpProxy) settings.httpProxy = httpProxy;
  if (httpsProxy) settings.httpsProxy = httpsProxy;
  if (noProxy) settings.noProxy = noProxy;
  return settings;
}

/**
 * A fetch that goes through the proxies of `settings`, or undefined when they name none (the
 * platform's fetch is used then). The settings are passed whole to the agent, so that it never
 * falls back to process.env.
 */
export function proxiedFetch(settings: ProxySettings | undefined): typeof fetch | undefined {
  if (!settings?.httpProxy && !settings?.httpsProxy) return undefined;
  const dispatcher = new EnvHttpProxyAgent({ httpProxy: settings.httpProxy ?? '', httpsProxy: settings.httpsProxy ?? '', noProxy: settings.noProxy ?? '' });
  // undici's own fetch with its own agent: the platform's fetch may bundle another undici version.
  return ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher })) as unknown as typeof fetch;
}
