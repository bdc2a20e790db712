"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { deleteImageAction } from "@/app/[locale]/company/products/actions";
import type { ActionState } from "@/lib/auth/action";
import { useRouter } from "@/lib/i18n/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { postWithProgress } from "./post-with-progress";

type Props = { productId: string; productName: string; images: { id: string; width: number; height: number }[]; max: number };

/** The product's images: thumbnails with delete buttons, and an upload with real progress. */
export function ImageManager({ productId, productName, images, max }: Props) {
  const t = useTranslations("catalog");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [state, setState] = useState<ActionState | undefined>();

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    setState(undefined);
    setProgress(0);
    try {
      const result = await postWithProgress<ActionState>("/api/catalog/images", body, setProgress);
      setState(result);
      if (result.ok) {
        if (input.current) input.current.value = "";
        router.refresh();
      }
    } catch {
      setState({ ok: false, message: t("images.failed") });
    } finally {
      setProgress(null);
    }
  }

  const errors = [...(state?.fieldErrors?.images ?? []), ...(state?.message ? [state.message] : [])];
  return (
    <section aria-labelledby="images-title" className="flex max-w-2xl flex-col gap-4">
      <h2 id="images-title" className="text-lg font-semibold">
        {t("images.title")} ({images.length}/{max})
      </h2>
      {images.length === 0 ? (
        <p className="text-stone-500">{t("images.none")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {images.map((image, i) => (
            <li key={image.id} className="flex flex-col gap-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- private images, served by our own route */}
              <img
                src={`/api/images/${image.id}`}
                alt={t("images.alt", { n: i + 1, name: productName })}
                width={image.width}
                height={image.height}
                className="aspect-square w-full rounded border border-stone-200 object-cover"
              />
              <ActionButton
                action={deleteImageAction}
                fields={{ imageId: image.id }}
                label={t("images.delete")}
                pendingLabel={t("common.deleting")}
                variant="danger"
              />
            </li>
          ))}
        </ul>
      )}
      {images.length < max && (
        <form onSubmit={upload} className="flex flex-col gap-2" encType="multipart/form-data">
          <input type="hidden" name="productId" value={productId} />
          <label htmlFor="images" className="text-sm font-medium text-stone-800">
            {t("images.choose")}
          </label>
          <input
            ref={input}
            id="images"
            name="images"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            aria-describedby="images-hint"
            aria-invalid={errors.length && !state?.ok ? true : undefined}
            className="text-sm"
          />
          <p id="images-hint" className="text-xs text-stone-500">
            {t("images.hint")}
          </p>
          {progress !== null && (
            <div className="flex items-center gap-2">
              <progress value={progress} max={1} aria-label={t("import.progress")} className="w-64" />
              <span className="text-sm">{t("images.uploading", { percent: Math.round(progress * 100) })}</span>
            </div>
          )}
          <div aria-live="polite" role="status" data-testid="image-upload-status">
            {errors.map((e) => (
              <p key={e} className={state?.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>
                {e}
              </p>
            ))}
          </div>
          <div>
            <button
              type="submit"
              disabled={progress !== null}
              className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
            >
              {t("images.upload")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
