/** Attachment rules: which files a thread accepts, recognised by their bytes, and their names. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Four 10 MB files stay under the server actions' 45 MB body limit. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 4;
export const ACCEPTED_ATTACHMENT_TYPES = "application/pdf,image/png,image/jpeg,image/webp";

export type AttachmentMime = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type the bytes say, whatever the name or the browser claim; undefined when not accepted. */
export function sniffAttachment(bytes: Uint8Array): AttachmentMime | undefined {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return undefined;
}

const extensions: Record<AttachmentMime, string> = {
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
};

/**
 * A file name safe to store and send back: no folders, no control characters, at most 120
 * characters, and an extension that matches the real type so a download opens in the right app.
 */
export function cleanFileName(name: string, mime: AttachmentMime): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 120);
  const ext = extensions[mime];
  const ok = mime === "image/jpeg" ? /\.jpe?g$/i.test(base) : base.toLowerCase().endsWith(ext);
  const stem = base || "attachment";
  return ok ? stem : `${stem.replace(/\.[A-Za-z0-9]{1,5}$/, "")}${ext}`;
}

/** Content-Disposition with an ASCII fallback and the real (often Japanese) name per RFC 6266. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
