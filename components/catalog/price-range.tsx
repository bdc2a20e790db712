import { useFormatter, useTranslations } from "next-intl";
import { approxCny, jpyToCnyRate } from "@/lib/catalog/prices";

type Props = { min: number | null; max: number | null; rate?: number; testId?: string; yuan?: boolean };

/**
 * A yen price range with its approximate yuan equivalent, formatted for the reader's locale.
 * `yuan={false}` shows the yen alone, as client components must: they do not see the server's
 * JPY_TO_CNY_RATE.
 */
export function PriceRange({ min, max, rate, testId = "price", yuan = true }: Props) {
  const t = useTranslations("catalog.price");
  const format = useFormatter();
  if (min === null && max === null) return <span data-testid={testId}>{t("none")}</span>;
  const jpy = (n: number) => format.number(n, { style: "currency", currency: "JPY" });
  const range = (f: (n: number) => string) =>
    min !== null && max !== null
      ? min === max
        ? f(min)
        : t("range", { min: f(min), max: f(max) })
      : min !== null
        ? t("from", { min: f(min) })
        : t("upTo", { max: f(max!) });
  if (!yuan) {
    return (
      <span data-testid={testId}>
        <span data-testid={`${testId}-jpy`}>{range(jpy)}</span>
      </span>
    );
  }
  const perYen = rate ?? jpyToCnyRate();
  // Not Intl's CNY currency style: in Japanese it prints 「元 86.4」, where a reader expects 「86.4元」.
  const cny = (n: number) => t("yuan", { amount: format.number(approxCny(n, perYen), { maximumFractionDigits: n * perYen >= 100 ? 0 : 1 }) });
  return (
    <span data-testid={testId}>
      <span data-testid={`${testId}-jpy`}>{range(jpy)}</span>{" "}
      <span data-testid={`${testId}-cny`} className="text-stone-600">
        {t("approx", { amount: range(cny) })}
      </span>
    </span>
  );
}
