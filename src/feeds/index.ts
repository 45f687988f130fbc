export * from './build-ical.ts';
export * from './feed-cache.ts';
export * from './feed-document.ts';
export * from './feed-events.ts';
export * from './feed-tokens.ts';
export * from './feed-url.ts';
export * from './rome-time.ts';
