import { parsePhoneNumberFromString } from "libphonenumber-js";
import { getTranslations } from "next-intl/server";
import type { ContactHandles } from "@/lib/companies/contacts";

/**
 * A partner's direct contact handles, or, while the two have not both written in a thread, what it
 * takes for them to appear.
 */
export async function ContactHandlesBox({ handles }: { handles: ContactHandles | null }) {
  const t = await getTranslations("company.contacts");
  if (!handles) {
    return (
      <p className="rounded-md bg-stone-100 p-3 text-sm text-stone-700" data-testid="contact-handles-locked">
        {t("locked")}
      </p>
    );
  }
  const rows: [string, string, string | null][] = [];
  if (handles.wechatId) rows.push([t("wechat"), handles.wechatId, null]);
  if (handles.lineId) rows.push([t("line"), handles.lineId, null]);
  if (handles.wecomId) rows.push([t("wecom"), handles.wecomId, null]);
  if (handles.phone) rows.push([t("phone"), parsePhoneNumberFromString(handles.phone)?.formatInternational() ?? handles.phone, `tel:${handles.phone}`]);
  if (rows.length === 0) return null;
  return (
    <section
      aria-labelledby="contact-handles-title"
      className="flex flex-col gap-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4"
      data-testid="contact-handles"
    >
      <h2 id="contact-handles-title" className="font-semibold text-emerald-950">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value, href]) => (
          <div key={label} className="contents">
            <dt className="text-stone-700">{label}</dt>
            <dd className="break-all">
              {href ? (
                <a href={href} className="text-indigo-800 underline">
                  {value}
                </a>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
