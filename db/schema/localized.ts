/** Text in any of the three product languages, as in the exchange format's Localized type. */
export type Localized = Partial<Record<"ja" | "zh" | "en", string>>;
