export * from './lib/errors';
export * from './lib/system/health';
export * from './lib/system/version';
export * from './lib/nodes/node-config';
