/** Body of every error answer of the API. */
export interface ErrorResponse {
  error: string;
  /** Machine-readable error code, when one applies. */
  code?: string;
  /** The `X-Request-ID` of the failed request. */
  requestId?: string;
}
