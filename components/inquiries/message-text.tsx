import { linkify } from "@/lib/inquiries/linkify";

/**
 * A message's plain text with its http(s) URLs as links. Every piece is a React text node or an
 * anchor built from a checked URL; nothing is ever parsed as HTML.
 */
export function MessageText({ text, className }: { text: string; className?: string }) {
  return (
    <p className={className ?? "break-words whitespace-pre-wrap"}>
      {linkify(text).map((segment, i) =>
        segment.kind === "link" ? (
          <a key={i} href={segment.href} rel="noopener noreferrer nofollow" target="_blank" className="text-indigo-800 underline">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
