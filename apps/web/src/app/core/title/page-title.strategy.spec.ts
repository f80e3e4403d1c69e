import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PageTitleStrategy } from './page-title.strategy';

@Component({ template: '' })
class BlankPage {}

describe('PageTitleStrategy', () => {
  it('puts the page name before the product name', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'storage', title: 'Storage', component: BlankPage },
          { path: 'untitled', component: BlankPage },
        ]),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const title = TestBed.inject(Title);

    await harness.navigateByUrl('/storage');
    expect(title.getTitle()).toBe('Storage · Pulse');

    await harness.navigateByUrl('/untitled');
    expect(title.getTitle()).toBe('Pulse');
  });
});
