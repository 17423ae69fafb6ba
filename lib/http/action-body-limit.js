// The largest body a server action accepts, in one place for next.config.js (Next's own limit,
// which answers a bare 500 past it) and proxy.ts (which refuses it first with a French 413).
// Logos are up to 2 MB (lib/startups/logo.ts); the form adds a little around the file.
export const ACTION_BODY_LIMIT_MB = 3;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;
