import { lookupSessionUser } from "@/lib/auth/session";
import { getImageForViewer } from "@/lib/catalog/public";
import { fileNotFound } from "@/lib/http/request-locale";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A product image for a signed-in user allowed to see its product. An image row is never changed
 * (a replaced image is a new row), so its id is a strong ETag and browsers may keep it for a year;
 * `private` keeps shared caches from serving it to someone else.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!uuid.test(id)) return fileNotFound(request);
  const session = await lookupSessionUser();
  if (session.status !== "active") return fileNotFound(request);
  const image = await getImageForViewer(session.user, id);
  if (!image) return fileNotFound(request, session.user.locale);
  const etag = `"${image.id}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "private, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(image.data), {
    headers: { ...headers, "Content-Type": image.mime, "Content-Length": String(image.data.byteLength) },
  });
}
