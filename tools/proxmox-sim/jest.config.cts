process.env.TZ = 'UTC';

module.exports = {
  displayName: 'proxmox-sim',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/tools/proxmox-sim',
  testTimeout: 30000,
};
