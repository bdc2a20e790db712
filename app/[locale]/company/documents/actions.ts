"use server";

import { authedAction } from "@/lib/auth/action";
import { addOwnDocument, deleteOwnDocument } from "@/lib/trust/documents";
import { documentIdSchema, documentSchema } from "@/lib/trust/schemas";

const sides = ["sme", "distributor"] as const;

export const addDocumentAction = authedAction(
  { schema: documentSchema, roles: sides, revalidate: ["/company/documents"], rateLimit: { name: "document", max: 30, windowMinutes: 60 } },
  async ({ files, ...input }, { user, t }) => {
    const file = files[0];
    const upload = file ? { name: file.name || "document", bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
    await addOwnDocument(user, input, upload);
    return { message: t("trust.documents.added") };
  },
);

export const deleteDocumentAction = authedAction({ schema: documentIdSchema, roles: sides, revalidate: ["/company/documents"] }, async (input, { user, t }) => {
  await deleteOwnDocument(user, input.documentId);
  return { message: t("trust.documents.deleted") };
});
