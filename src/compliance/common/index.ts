// Shared vocabulary of the compliance chapters.
export { lsc } from './cite-lsc.js';
export { BENEFITS, type Benefit } from './benefits.js';
