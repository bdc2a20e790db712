import Link from "next/link";

// Requests outside any locale (which proxy.ts normally redirects) end here.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem" }}>
        <h1>Page not found · ページが見つかりません · 页面不存在</h1>
        <p>
          <Link href="/ja">日本語</Link> · <Link href="/zh">中文</Link> · <Link href="/en">English</Link>
        </p>
      </body>
    </html>
  );
}
