import type { IncomingMessage, ServerResponse } from "node:http";

export const ACTION_BODY_LIMIT_BYTES: number;
export function isActionPost(request: IncomingMessage): boolean;
export function guardActionPost(request: IncomingMessage, response: ServerResponse, texts: { badRequest: string; tooLarge: string; locale: string }): boolean;
