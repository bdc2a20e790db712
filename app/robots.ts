import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Crawlers may read the public pages (and the landing page); everything else needs an account anyway. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: ["/$", "/ja$", "/zh$", "/en$", "/ja/p/", "/zh/p/", "/en/p/"], disallow: "/" }],
    sitemap: `${env("APP_URL")}/sitemap.xml`,
  };
}
