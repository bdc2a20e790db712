import { cva, type VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

/**
 * The one place a button's look is defined: forms, links styled as buttons and one-click actions
 * use these variants. Every size keeps a touch target of at least 44 px high on phones.
 */
export const buttonVariants = cva(
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60 sm:min-h-0",
  {
    variants: {
      intent: {
        primary: "bg-indigo-700 text-white hover:bg-indigo-800",
        outline: "border border-indigo-700 bg-white text-indigo-800 hover:bg-indigo-50",
        secondary: "border border-stone-300 bg-white text-stone-900 hover:bg-stone-50",
        danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
      },
      size: {
        sm: "px-3 py-1.5 text-sm",
        md: "px-4 py-2",
      },
    },
    defaultVariants: { intent: "primary", size: "md" },
  },
);

export type ButtonVariants = VariantProps<typeof buttonVariants>;

export function Button({ intent, size, className, type = "button", ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & ButtonVariants) {
  return <button type={type} className={cn(buttonVariants({ intent, size }), className)} {...rest} />;
}
