/** True in development: defined by every build as a bare `process.env.NODE_ENV` check (scripts/dev-switch.ts). */
declare const __DEV__: boolean;
