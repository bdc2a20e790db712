import { fileNotFound } from "@/lib/http/request-locale";
import { getPublicImage } from "@/lib/public/pages";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A product image for the public pages: only of a published product of a company that is public
 * now. Shared caches may keep it for an hour only, since the company may become private again.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!uuid.test(id)) return fileNotFound(request);
  const image = await getPublicImage(id);
  if (!image) return fileNotFound(request);
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.mime,
      "Content-Length": String(image.data.byteLength),
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
