// Public API of the Local Service Compliance guidance (01/15), all chapters.
export * from './common/index.js';
export * from './referrals/index.js';
export * from './interview/index.js';
export * from './outcomes/index.js';
export * from './case/index.js';
