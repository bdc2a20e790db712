type Env = Record<string, string | undefined>;
export function servedOverHttps(env?: Env): boolean;
export function baseSecurityHeaders(env?: Env): { key: string; value: string }[];
export const nonPageCsp: string;
export function pageCsp(nonce: string, env?: Env): string;
