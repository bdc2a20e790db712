import { useFormatter, useTranslations } from "next-intl";
import { approxCny, jpyToCnyRate } from "@/lib/catalog/prices";

type Props = { min: number | null; max: number | null; rate?: number; testId?: string };

/** A yen price range with its approximate yuan equivalent, formatted for the reader's locale. */
export function PriceRange({ min, max, rate = jpyToCnyRate(), testId = "price" }: Props) {
  const t = useTranslations("catalog.price");
  const format = useFormatter();
  if (min === null && max === null) return <span data-testid={testId}>{t("none")}</span>;
  const jpy = (n: number) => format.number(n, { style: "currency", currency: "JPY" });
  const cny = (n: number) => format.number(approxCny(n, rate), { style: "currency", currency: "CNY", maximumFractionDigits: n * rate >= 100 ? 0 : 1 });
  const range = (f: (n: number) => string) =>
    min !== null && max !== null
      ? min === max
        ? f(min)
        : t("range", { min: f(min), max: f(max) })
      : min !== null
        ? t("from", { min: f(min) })
        : t("upTo", { max: f(max!) });
  return (
    <span data-testid={testId}>
      <span data-testid={`${testId}-jpy`}>{range(jpy)}</span>{" "}
      <span data-testid={`${testId}-cny`} className="text-stone-500">
        ({t("approx", { amount: range(cny) })})
      </span>
    </span>
  );
}
