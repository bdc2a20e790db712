import "server-only";
import { ensureAccount } from "@/lib/accounts/admins";
import { findOrCreateChamber } from "@/lib/chambers/chambers";

/** Demo accounts, documented in the README. Every one signs in with demoPassword. */
export const demoPassword = "kakehashi-demo-2026";
export const demoAccounts = [
  { email: "sme@demo.kakehashi.jp", name: "山田 花子", role: "sme", locale: "ja" },
  { email: "distributor@demo.kakehashi.jp", name: "金 明哲", role: "distributor", locale: "zh" },
  {
    email: "chamber@demo.kakehashi.jp",
    name: "佐藤 健一",
    role: "chamber_admin",
    locale: "ja",
    chamber: "Mitsuke Chamber of Commerce and Industry",
  },
  { email: "admin@demo.kakehashi.jp", name: "Platform Admin", role: "platform_admin", locale: "en" },
] as const;

/** Idempotent: running it twice creates nothing the second time. */
export async function seedDemo(): Promise<{ created: string[] }> {
  await findOrCreateChamber("Mitsuke Chamber of Commerce and Industry", {
    name: { ja: "見附商工会議所", zh: "见附商工会议所", en: "Mitsuke Chamber of Commerce and Industry" },
    region: "JP-15",
  });
  const created: string[] = [];
  for (const account of demoAccounts) {
    const result = await ensureAccount({ ...account, password: demoPassword });
    if (result.created) created.push(account.email);
  }
  return { created };
}
