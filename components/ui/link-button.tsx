import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { buttonVariants, type ButtonVariants } from "./button";
import { cn } from "./cn";

/** A link that looks like a button ("New product", "Create an account"), in the locale of the page. */
export function LinkButton({ intent, size, className, ...rest }: ComponentProps<typeof Link> & ButtonVariants) {
  return <Link className={cn(buttonVariants({ intent, size }), className)} {...rest} />;
}
