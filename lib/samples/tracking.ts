import type { Carrier } from "@/db/schema";

/** Each usual carrier's public tracking page for a number; "other" carriers get none. */
const pages: Record<Exclude<Carrier, "other">, (n: string) => string> = {
  japan_post_ems: (n) => `https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=${n}&locale=en`,
  yamato: (n) => `https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=${n}`,
  sagawa: (n) => `https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=${n}`,
  sf_express: (n) => `https://www.sf-express.com/chn/en/waybill/waybill-detail/${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
};

/** The tracking link for a shipment, or undefined for another carrier. The number is URL-encoded. */
export function trackingUrl(carrier: Carrier, trackingNumber: string): string | undefined {
  if (carrier === "other") return undefined;
  return pages[carrier](encodeURIComponent(trackingNumber.trim()));
}
