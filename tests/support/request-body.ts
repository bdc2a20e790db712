/**
 * A request body that counts the bytes read from it and has nothing to give until asked, so a
 * test can show that a route refused a request without reading (all of) its body.
 */
export function countedBody(totalBytes: number, chunkBytes: number) {
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (read.bytes >= totalBytes) return controller.close();
        read.bytes += chunkBytes;
        controller.enqueue(new Uint8Array(chunkBytes));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, read };
}
