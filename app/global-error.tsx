"use client";

// Last resort when the root layout itself fails: no translations are loaded, so all three languages.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", lineHeight: 1.6 }}>
        <h1>Something went wrong · エラーが発生しました · 出现错误</h1>
        <p>Nothing you saved was lost. · 保存済みのデータは失われていません。 · 您已保存的内容没有丢失。</p>
        {error.digest && <p>Reference · 参照番号 · 参考编号: {error.digest}</p>}
        <button onClick={() => reset()}>Try again · もう一度試す · 重试</button>
      </body>
    </html>
  );
}
