import { CdkVirtualForOf, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { Component, signal, viewChild } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { trackById } from './track-by-id';
import {
  horizontalScrollbarHeight,
  MAX_BUFFER_PX,
  VirtualTableDirective,
} from './virtual-table.directive';

interface Row {
  id: string;
  label: string;
}

@Component({
  imports: [CdkVirtualForOf, CdkVirtualScrollViewport, VirtualTableDirective],
  template: `
    <cdk-virtual-scroll-viewport
      appVirtualTable
      [rowHeight]="rowHeight()"
      [rowCount]="rows().length"
    >
      <table>
        <tbody>
          <tr *cdkVirtualFor="let row of rows(); trackBy: trackById; let index = index">
            <td>{{ index }} {{ row.label }}</td>
          </tr>
        </tbody>
      </table>
    </cdk-virtual-scroll-viewport>
  `,
})
class HostComponent {
  readonly rows = signal<Row[]>([]);
  readonly rowHeight = signal(40);
  readonly viewport = viewChild.required(CdkVirtualScrollViewport);
  protected readonly trackById = trackById;
}

const manyRows = (count: number, label = 'first'): Row[] =>
  Array.from({ length: count }, (_, index) => ({ id: `row-${index}`, label }));

describe('VirtualTableDirective', () => {
  let fixture: ComponentFixture<HostComponent>;

  const viewportElement = () =>
    fixture.nativeElement.querySelector('cdk-virtual-scroll-viewport') as HTMLElement;
  const variable = (name: string) => viewportElement().style.getPropertyValue(name);
  const renderedRows = () => Array.from(viewportElement().querySelectorAll('tbody tr'));
  const spacerHeight = () =>
    (viewportElement().querySelector('.cdk-virtual-scroll-spacer') as HTMLElement).style.height;

  async function show(rows: Row[], rowHeight = 40) {
    fixture.componentInstance.rows.set(rows);
    fixture.componentInstance.rowHeight.set(rowHeight);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
  });

  it('gives the styles the row height and the row count, room for two rows at least', async () => {
    expect(viewportElement().classList).toContain('virtual-table');
    expect(variable('--virtual-row-height')).toBe('40px');
    expect(variable('--virtual-rows')).toBe('2');

    await show(manyRows(5000), 33);

    expect(variable('--virtual-row-height')).toBe('33px');
    expect(variable('--virtual-rows')).toBe('5000');
  });

  it('sizes the scrolled area for every row at the fixed row height', async () => {
    await show(manyRows(5000));

    expect(spacerHeight()).toBe(`${5000 * 40}px`);

    await show(manyRows(5000), 20);

    expect(spacerHeight()).toBe(`${5000 * 20}px`);
  });

  it('renders a bounded window and keeps the row elements through a live update', async () => {
    await show(manyRows(5000));

    const before = renderedRows();
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThanOrEqual(MAX_BUFFER_PX / 40 + 1);
    expect(before[0].textContent).toContain('0 first');

    await show(manyRows(5000, 'second'));

    const after = renderedRows();
    expect(after[0]).toBe(before[0]);
    expect(after[0].textContent).toContain('0 second');
  });

  it('lifts the sticky header by the offset of the rendered rows on scroll', async () => {
    await show(manyRows(5000));
    const viewport = fixture.componentInstance.viewport();
    // jsdom lays nothing out, so the scroll position is what the browser would report.
    jest.spyOn(viewport, 'measureScrollOffset').mockReturnValue(4000);

    viewportElement().dispatchEvent(new Event('scroll'));
    await until(() => viewport.getRenderedRange().start > 0);
    await fixture.whenStable();

    const offset = viewport.getOffsetToRenderedContentStart() ?? 0;
    expect(offset).toBe(viewport.getRenderedRange().start * 40);
    expect(variable('--virtual-header-top')).toBe(`${-offset}px`);
    expect(renderedRows()[0].textContent).toContain(`${viewport.getRenderedRange().start} first`);
  });
});

describe('horizontalScrollbarHeight', () => {
  function box(offsetHeight: number, clientHeight: number, border: string): HTMLElement {
    const element = document.createElement('div');
    element.style.border = border;
    Object.defineProperty(element, 'offsetHeight', { value: offsetHeight });
    Object.defineProperty(element, 'clientHeight', { value: clientHeight });

    return element;
  }

  it('is what the box loses beside its borders, and never below zero', () => {
    expect(horizontalScrollbarHeight(box(320, 303, '1px solid'))).toBe(15);
    expect(horizontalScrollbarHeight(box(320, 318, '1px solid'))).toBe(0);
    expect(horizontalScrollbarHeight(box(320, 320, '1px solid'))).toBe(0);
    expect(horizontalScrollbarHeight(box(300, 285, ''))).toBe(15);
  });
});

/** Polls a condition for up to two seconds; the CDK renders on an animation frame. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2_000;

  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('The condition did not become true in time');
    }

    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
