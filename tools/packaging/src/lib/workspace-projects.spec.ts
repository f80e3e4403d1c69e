import { workspaceTargets } from './workspace-projects';

describe('workspaceTargets', () => {
  it('reads project.json targets and adds the inferred ones', () => {
    const projects = workspaceTargets();

    expect([...(projects.get('packaging') ?? [])].sort()).toEqual(['lint', 'test', 'typecheck']);
    expect(projects.get('api')?.has('build')).toBe(true);
    expect(projects.get('web')?.has('lint')).toBe(true);
  });
});
