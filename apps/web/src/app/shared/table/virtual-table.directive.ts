import {
  CdkVirtualScrollViewport,
  FixedSizeVirtualScrollStrategy,
  VIRTUAL_SCROLL_STRATEGY,
} from '@angular/cdk/scrolling';
import {
  afterNextRender,
  DestroyRef,
  Directive,
  effect,
  ElementRef,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

/** Rows kept rendered beyond the visible ones, in pixels: refilled below MIN, up to MAX. */
export const MIN_BUFFER_PX = 300;
export const MAX_BUFFER_PX = 600;

/**
 * Turns a `cdk-virtual-scroll-viewport` around a `.data-table` into a scroller that renders only
 * the rows in view (with `*cdkVirtualFor`). Every row is `rowHeight` pixels tall; the scroller
 * is as tall as its rows up to a limit, and its sticky header stays in place although the CDK
 * moves the rendered rows with a transform.
 */
@Directive({
  selector: 'cdk-virtual-scroll-viewport[appVirtualTable]',
  providers: [
    {
      provide: VIRTUAL_SCROLL_STRATEGY,
      useFactory: () => new FixedSizeVirtualScrollStrategy(1, MIN_BUFFER_PX, MAX_BUFFER_PX),
    },
  ],
  // A named, focusable region, so the keyboard scrolls it; the page gives it its aria-label.
  host: {
    class: 'virtual-table table-scroller',
    role: 'region',
    tabindex: '0',
    '[style.--virtual-row-height]': 'rowHeight() + "px"',
    '[style.--virtual-rows]': 'shownRows()',
  },
})
export class VirtualTableDirective {
  /** The fixed height of one body row in pixels; the table's styles make every row this tall. */
  readonly rowHeight = input.required<number>();
  /** How many rows the table has in all, rendered or not. */
  readonly rowCount = input.required<number>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly viewport = inject(CdkVirtualScrollViewport);
  private readonly strategy = inject(VIRTUAL_SCROLL_STRATEGY) as FixedSizeVirtualScrollStrategy;
  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    effect(() =>
      this.strategy.updateItemAndBufferSize(this.rowHeight(), MIN_BUFFER_PX, MAX_BUFFER_PX),
    );
    this.viewport.renderedContentOffset
      .pipe(takeUntilDestroyed())
      .subscribe((offset) => this.host.style.setProperty('--virtual-header-top', `${-offset}px`));
    afterNextRender(() => this.remeasureOnResize());
  }

  /** Room for two rows at least, so that the "nothing matches" line fits without a scrollbar. */
  protected shownRows(): number {
    return Math.max(this.rowCount(), 2);
  }

  /** The scroller's height follows its row count and the window, and the CDK must know it. */
  private remeasureOnResize(): void {
    if (typeof ResizeObserver === 'undefined') {
      return;
    }

    const observer = new ResizeObserver(() => {
      this.viewport.checkViewportSize();
      // Changing the observed size inside the callback would report a resize loop.
      requestAnimationFrame(() => this.makeRoomForScrollbar());
    });
    observer.observe(this.host);
    this.destroyRef.onDestroy(() => observer.disconnect());
  }

  /** A horizontal scrollbar takes its height from the rows; the scroller grows by as much. */
  private makeRoomForScrollbar(): void {
    const height = `${horizontalScrollbarHeight(this.host)}px`;

    if (this.host.style.getPropertyValue('--virtual-scrollbar-height') !== height) {
      this.host.style.setProperty('--virtual-scrollbar-height', height);
    }
  }
}

/** The height of an element's horizontal scrollbar: 0 without one or with overlay scrollbars. */
export function horizontalScrollbarHeight(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);

  return Math.max(0, element.offsetHeight - element.clientHeight - (borders || 0));
}
