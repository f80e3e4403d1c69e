/** An error answered the way Proxmox does: status line reason + `{"data":null,"message":...}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

export function notImplemented(method: string, path: string): ApiError {
  return new ApiError(501, `Method '${method} ${path}' not implemented`);
}

export function parameterError(errors: Record<string, string>): ApiError {
  return new ApiError(400, 'Parameter verification failed.', errors);
}

/** A prepared body (used for cached `/cluster/resources` answers). */
export class RawJson {
  constructor(readonly body: Buffer) {}
}

/** Payload plus extra top-level keys next to `data` (PMG's `total`). */
export class Enveloped {
  constructor(
    readonly data: unknown,
    readonly extra: Record<string, unknown>,
  ) {}
}
