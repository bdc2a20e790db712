/**
 * A product photo at a fixed 4:3 ratio, so cards in a grid line up whether they have a photo or
 * not; without one, a quiet drawing of a parcel stands in for it.
 */
export function Thumbnail({ imageId, className = "" }: { imageId?: string | null; className?: string }) {
  return (
    <div className={`aspect-[4/3] w-full overflow-hidden rounded-md bg-stone-100 ${className}`} data-testid="thumbnail">
      {imageId ? (
        // eslint-disable-next-line @next/next/no-img-element -- private images, served by our own route
        <img src={`/api/images/${imageId}`} alt="" loading="lazy" className="h-full w-full object-cover" />
      ) : (
        <svg viewBox="0 0 48 36" className="h-full w-full text-stone-300" aria-hidden="true" focusable="false">
          <path d="M16 12l8-4 8 4v10l-8 4-8-4z M16 12l8 4 8-4 M24 16v10" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
        </svg>
      )}
    </div>
  );
}
