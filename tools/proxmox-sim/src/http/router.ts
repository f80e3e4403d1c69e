import { ApiError, notImplemented } from './api-error';

export interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** Set for API-token requests: `user@realm!name`. */
  tokenId?: string;
  user: string;
}

export type RouteHandler = (ctx: RouteContext) => unknown;

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

export interface RouteMatch {
  handler: RouteHandler;
  params: Record<string, string>;
}

/** Path router over `{param}` segments, enough for the Proxmox API tree. */
export class Router {
  private readonly routes: Route[] = [];

  get(pattern: string, handler: RouteHandler): this {
    return this.add('GET', pattern, handler);
  }

  post(pattern: string, handler: RouteHandler): this {
    return this.add('POST', pattern, handler);
  }

  add(method: string, pattern: string, handler: RouteHandler): this {
    this.routes.push({ method, segments: split(pattern), handler });

    return this;
  }

  match(method: string, path: string): RouteMatch {
    const segments = split(path);
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchSegments(route.segments, segments);
      if (params) return { handler: route.handler, params };
    }
    throw notImplemented(method, path);
  }
}

function split(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i];
    if (part.startsWith('{')) {
      params[part.slice(1, -1)] = safeDecode(actual[i]);
    } else if (part !== actual[i]) {
      return undefined;
    }
  }

  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new ApiError(400, 'Parameter verification failed.');
  }
}
