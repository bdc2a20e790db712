/** Where a contact started: the button on a product page, a company profile or a match card. */
export const contactSources = ["product", "profile", "match"] as const;
export type ContactSource = (typeof contactSources)[number];
