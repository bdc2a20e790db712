import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, guardActionPost, isActionPost } from "@/lib/http/action-guard";
import { messagesFor } from "@/lib/i18n/messages";

const ja = { locale: "ja", badRequest: messagesFor("ja").errors.invalidInput, tooLarge: messagesFor("ja").errors.bodyTooLarge.replace("{max}", "45") };
let close: (() => void) | undefined;
afterEach(() => close?.());

/** A server like server.mjs: the guard first, then `next`, which stands for Next's handler. */
async function serve(next: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ port: number; reached: () => number }> {
  let reached = 0;
  const server = createServer((request, response) => {
    if (isActionPost(request) && guardActionPost(request, response, ja)) return;
    reached++;
    request.resume();
    request.on("end", () => next(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  return { port: (server.address() as AddressInfo).port, reached: () => reached };
}

function post(port: number, headers: Record<string, string>, body = "x"): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, host: "127.0.0.1", path: "/ja/inquiries/new", method: "POST", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("server action posts that cannot be read", () => {
  it("answer 400 in the reader's language where Next would answer 500, without its payload", async () => {
    const { port } = await serve((_req, res) => {
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/x-component");
      res.write('0:E{"digest":"stack"}');
      res.end("\n");
    });
    const answer = await post(port, { "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8" }, '["$K1" broken');
    expect(answer).toMatchObject({ status: 400, text: "このリクエストを読み取れませんでした。ページを再読み込みしてもう一度お試しください。" });
    expect(answer.headers["content-type"]).toBe("text/plain; charset=utf-8");
  });

  it("answer 400 in place of Next's English 400 for an unknown action, also for a form posted without JavaScript", async () => {
    const { port } = await serve((_req, res) => {
      res.writeHead(400, { "Content-Type": "text/plain" });
      res.end("Invalid Server Action request.");
    });
    const answer = await post(port, { "content-type": "application/x-www-form-urlencoded" }, "$ACTION_ID_zz=1");
    expect([answer.status, answer.text]).toEqual([400, ja.badRequest]);
  });

  it("answer a body declared over the limit with a localized 413 before Next reads it", async () => {
    const server = await serve((_req, res) => res.end("read"));
    const answer = await post(
      server.port,
      { "next-action": "7f00aa", "content-type": "multipart/form-data; boundary=x", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) },
      "",
    );
    expect([answer.status, answer.text]).toEqual([
      413,
      "このフォームは大きすぎて送信できません（合計45MBまで）。小さいファイルにするか数を減らして、もう一度お試しください。",
    ]);
    expect(server.reached()).toBe(0);
  });

  it("leave successful actions, pages and API routes alone", async () => {
    const { port } = await serve((_req, res) => {
      res.setHeader("Content-Type", "text/x-component");
      res.end('0:{"ok":true}');
    });
    expect(await post(port, { "next-action": "7f00aa" })).toMatchObject({ status: 200, text: '0:{"ok":true}' });
    const api = { method: "POST", url: "/api/catalog/images", headers: { "content-type": "multipart/form-data; boundary=x" } } as unknown as IncomingMessage;
    expect(isActionPost(api)).toBe(false);
    expect(isActionPost({ method: "GET", url: "/ja", headers: {} } as unknown as IncomingMessage)).toBe(false);
  });
});
