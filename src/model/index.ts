export * from './ids';
export * from './types';
export * from './factories';
export * from './invariants';
export * from './commands';
