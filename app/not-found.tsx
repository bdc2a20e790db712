// Requests outside any locale (which proxy.ts normally redirects) end here.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem" }}>
        <h1>Page not found · ページが見つかりません · 页面不存在</h1>
        <p>
          <a href="/ja">日本語</a> · <a href="/zh">中文</a> · <a href="/en">English</a>
        </p>
      </body>
    </html>
  );
}
