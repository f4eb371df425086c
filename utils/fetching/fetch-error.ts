/** Why a fetch failed, in words the popup can show quietly ("not found", "timed out"). */
export type FetchErrorCode =
  | 'http'
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'too-large'
  | 'content-type'
  | 'too-many-redirects'
  | 'rate-limited'
  | 'bad-url';

/** A fetch that did not give a usable page; `status` is set for HTTP errors. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** The error code of anything thrown by a fetch, for storing and showing. */
export function errorCode(err: unknown): FetchErrorCode {
  if (err instanceof FetchError) return err.code;
  if (err instanceof Error && err.name === 'AbortError') return 'aborted';
  return 'network';
}
