// Server action posts as our HTTP server (server.mjs) sees them, before and after Next. Plain
// JavaScript like security-headers.js: server.mjs runs without a build step.
//
// Next reads an action's body itself: one over `serverActions.bodySizeLimit` fails inside it
// with HTTP 500, and so does a payload it cannot decode, both with an English stack trace in the
// log. Every action of ours answers its own errors (lib/auth/action.ts), so what reaches Next's
// 500 or its 400 for an unknown action is a request that could not be read: it gets a 400 in the
// reader's language, and a body declared over the limit a 413, refused before it is read.

/** next.config.js's serverActions.bodySizeLimit ("45mb"), in bytes as Next counts them. */
export const ACTION_BODY_LIMIT_BYTES = 45 * 1024 * 1024;

/** A server action post: Next's fetch actions carry Next-Action; forms without JavaScript post form data to a page. */
export function isActionPost(request) {
  if (request.method !== "POST") return false;
  if (request.headers["next-action"] !== undefined) return true;
  const url = request.url ?? "/";
  const type = String(request.headers["content-type"] ?? "");
  return !url.startsWith("/api/") && !url.startsWith("/_next/") && /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
}

function answer(response, status, text, locale) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale, "Cache-Control": "no-store" });
  response.end(text);
}

/**
 * Answers a post over the limit at once (413) and returns true; otherwise makes the response
 * answer a localized 400 in place of the 500 or 400 Next would write, and returns false.
 * `texts` are the errors in the request's language: { badRequest, tooLarge, locale }.
 */
export function guardActionPost(request, response, texts) {
  if (Number(request.headers["content-length"]) > ACTION_BODY_LIMIT_BYTES) {
    // Answered at once; the rest of the body is read and dropped so the client gets the answer
    // rather than a connection reset in the middle of its upload.
    answer(response, 413, texts.tooLarge, texts.locale);
    request.resume();
    return true;
  }
  const writeHead = response.writeHead.bind(response);
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  let replaced = false;
  const decide = (status) => {
    if (replaced || response.headersSent || (status !== 500 && status !== 400)) return;
    replaced = true;
    for (const name of ["content-type", "content-length", "content-encoding", "content-disposition", "etag", "transfer-encoding"]) response.removeHeader(name);
    response.statusCode = 400;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.setHeader("Content-Language", texts.locale);
    response.setHeader("Cache-Control", "no-store");
  };
  response.writeHead = (status, ...rest) => {
    decide(status);
    return replaced ? writeHead(400) : writeHead(status, ...rest);
  };
  response.write = (chunk, encoding, callback) => {
    decide(response.statusCode);
    if (!replaced) return write(chunk, encoding, callback);
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  response.end = (chunk, encoding, callback) => {
    decide(response.statusCode);
    return replaced ? end(texts.badRequest) : end(chunk, encoding, callback);
  };
  return false;
}
