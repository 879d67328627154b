/**
 * The largest server-action body accepted (shop logos and product images are posted through
 * server actions, 2 MB each at most). next.config.ts gives it to Next.js, proxy.ts answers 413 above.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;
