import twilio from 'twilio';
// Type-only: the options namespaces are not re-exported by the package entry point.
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

/**
 * The twilio client has no base-URL option (`edge`/`region` only rewrite the hostname), so a
 * Twilio-compatible server (the local fake in tests, a sandbox) is reached by rewriting the
 * `https://<product>.twilio.com` prefix of every request URI. Doing it in the HTTP client rather than
 * by setting `client.api.baseUrl` also covers pagination: next-page URIs are rebuilt against
 * api.twilio.com by the library and would otherwise escape to the real Twilio.
 */
export class BaseUrlRequestClient extends twilio.RequestClient {
  readonly #base: string;

  constructor(baseUrl: string, options: RequestClient.RequestClientOptions = {}) {
    super(options);
    const parsed = new URL(baseUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new Error(`Twilio API base URL must be http(s): ${baseUrl}`);
    }
    this.#base = baseUrl.replace(/\/+$/, '');
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    return super.request({ ...opts, uri: rewriteTwilioUri(opts.uri, this.#base) });
  }
}

export function rewriteTwilioUri(uri: string, base: string): string {
  return uri.replace(/^https:\/\/(?:[a-z0-9-]+\.)*twilio\.com(?::443)?(?=\/|$)/i, base);
}
