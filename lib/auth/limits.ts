/** Sign-in attempts allowed per client address in a rolling window (seconds). */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 10 } as const;
