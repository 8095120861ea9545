export * from './distributions.js';
export * from './interval.js';
export * from './mean.js';
export * from './nps.js';
export * from './privacy.js';
export * from './proportion.js';
export * from './scores.js';
