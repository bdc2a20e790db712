import { cloneElement, createElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Renders server components as a reader in `locale` gets them: async components are awaited down
 * the tree by hand (react-dom/server cannot), client ones are left to the renderer. The test file
 * mocks next-intl/server so that getTranslations and getFormatter answer in the same locale.
 */
export async function renderServer(locale: Locale, node: ReactNode): Promise<string> {
  const tree = await resolve(node);
  const props = { locale, messages: messagesFor(locale), timeZone: "Asia/Tokyo" } as unknown as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props, tree));
}

/** The visible text of rendered markup, tags removed and spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

async function resolve(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<{ children?: ReactNode }>;
  if (typeof element.type === "function" && element.type.constructor.name === "AsyncFunction") {
    return resolve(await (element.type as (props: unknown) => Promise<ReactNode>)(element.props));
  }
  if (element.props.children === undefined) return element;
  return cloneElement(element, undefined, await resolve(element.props.children));
}
