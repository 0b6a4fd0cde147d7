/** This build's digest of its sources (see `wxt.config.ts`); null in `wxt dev`, which rebuilds without a new one. */
declare const __HIBR_BUILD__: string | null;
