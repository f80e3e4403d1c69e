import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';

/** The search box of a section toolbar: `query` follows every keystroke. */
@Component({
  selector: 'app-search-field',
  templateUrl: './search-field.component.html',
  styleUrl: './search-field.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'search-field' },
})
export class SearchFieldComponent {
  /** The box's name for screen readers, e.g. "Search backups". */
  readonly label = input.required<string>();
  readonly placeholder = input('');
  readonly query = model('');

  protected onInput(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }
}
