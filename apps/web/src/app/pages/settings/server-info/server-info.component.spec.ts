import { versionFixture } from '../../../testing/api-fixtures';
import { describeServer } from './server-info.component';

describe('describeServer', () => {
  const valueOf = (rows: { label: string; value: string }[], label: string) =>
    rows.find((row) => row.label === label)?.value;

  it('lists the facts a server reports', () => {
    const rows = describeServer(versionFixture());

    expect(valueOf(rows, 'Version')).toBe('4.26.1');
    expect(valueOf(rows, 'Runtime')).toBe('node 20.20.2');
    expect(valueOf(rows, 'Updates')).toBe('Up to date');
  });

  it('names the newer version when an update is available', () => {
    const rows = describeServer(
      versionFixture({ updateAvailable: true, latestVersion: 'v4.27.0' }),
    );

    expect(valueOf(rows, 'Updates')).toBe('4.27.0 available');
  });
});
