import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { FormAction } from "./types";

type Props = { inquiryId: string; companyName: string; contactEnded: boolean; blockedByViewer: boolean; block: FormAction; unblock: FormAction };

/** Blocking the other company, behind an explanation of what it ends; or lifting one's own block. */
export async function BlockPanel({ inquiryId, companyName, contactEnded, blockedByViewer, block, unblock }: Props) {
  const t = await getTranslations("inquiries.block");
  if (blockedByViewer) {
    return (
      <section className="flex flex-col gap-2 text-sm" data-testid="block-panel">
        <p>{t("blockedByYou")}</p>
        <ActionButton action={unblock} fields={{ inquiryId }} label={t("unblock")} />
      </section>
    );
  }
  // Blocked by the other company: nothing to do here, and nothing to reveal beyond "contact ended".
  if (contactEnded) return null;
  return (
    <details className="rounded-lg border border-red-200 bg-red-50/40 p-3 text-sm" data-testid="block-panel">
      <summary className="cursor-pointer font-medium text-red-900">{t("title")}</summary>
      <div className="flex flex-col gap-2 pt-3">
        <p>{t("explain", { company: companyName })}</p>
        <ActionButton action={block} fields={{ inquiryId }} label={t("submit", { company: companyName })} variant="danger" />
      </div>
    </details>
  );
}
