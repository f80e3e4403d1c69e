import { codeBlocks, relativeLinks, sectionOf } from './markdown';

const sample = [
  '# Title',
  '## Quick start',
  'Intro, see [docs](docs/A.md#part) and [site](https://example.com).',
  '```sh',
  'npm ci',
  '```',
  '### Detail',
  '```',
  'more',
  '```',
  '## Next',
  '[anchor](#here) [file](./B.md)',
].join('\n');

describe('markdown helpers', () => {
  it('cuts a section up to the next heading of the same level, keeping subsections', () => {
    const section = sectionOf(sample, '## Quick start');

    expect(section).toContain('### Detail');
    expect(section).not.toContain('## Next');
    expect(() => sectionOf(sample, '## Missing')).toThrow(/no heading/);
  });

  it('lists fenced code blocks', () => {
    expect(codeBlocks(sample)).toEqual(['npm ci\n', 'more\n']);
  });

  it('lists links into the repository without anchors or web addresses', () => {
    expect(relativeLinks(sample)).toEqual(['docs/A.md', './B.md']);
  });
});
