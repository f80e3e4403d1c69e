/** A controllable stand-in for window.matchMedia, which jsdom lacks. */
export class FakeMediaQuery {
  private readonly listeners = new Set<(event: MediaQueryListEvent) => void>();

  constructor(public matches: boolean) {}

  addEventListener(_type: 'change', listener: (event: MediaQueryListEvent) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'change', listener: (event: MediaQueryListEvent) => void): void {
    this.listeners.delete(listener);
  }

  change(matches: boolean): void {
    this.matches = matches;
    this.listeners.forEach((listener) => listener({ matches } as MediaQueryListEvent));
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

export function installMatchMedia(query: FakeMediaQuery): () => void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: () => query,
  });

  return () => Reflect.deleteProperty(window, 'matchMedia');
}
