import { InjectionToken } from '@angular/core';
import { WS_PATH } from '@pulse/contracts';

/** The part of the browser's WebSocket the live state uses; tests hand in a fake. */
export interface LiveSocket {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type LiveSocketFactory = (url: string) => LiveSocket;

export const LIVE_SOCKET_FACTORY = new InjectionToken<LiveSocketFactory>('LIVE_SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => (url) => new WebSocket(url),
});

/** `ws(s)://<host>/ws?delta=1` for the page's own origin. */
export function liveStateUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';

  return `${scheme}//${location.host}${WS_PATH}?delta=1`;
}
