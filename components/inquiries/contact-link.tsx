import { Link } from "@/lib/i18n/navigation";
import type { ContactSource } from "@/lib/inquiries/sources";

type Props = { companyId: string; productId?: string; source: ContactSource; label: string; className?: string };

/**
 * "Contact" on a product, a profile or a match card: opens the new-inquiry page for that company.
 * Whether contact is allowed is decided there (and again by the action), not by showing the link.
 */
export function ContactLink({ companyId, productId, source, label, className }: Props) {
  const query: Record<string, string> = { to: companyId, source };
  if (productId) query.product = productId;
  return (
    <Link
      href={{ pathname: "/inquiries/new", query }}
      data-testid="contact-link"
      className={className ?? "inline-flex w-fit items-center rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800"}
    >
      {label}
    </Link>
  );
}
