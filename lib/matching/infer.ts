// The application's HS inference, as the matching features use it.
import { inferHsCode } from "@/lib/hs/infer";
import type { InferCodes } from "./features";

export const inferCodes: InferCodes = (texts) => inferHsCode(texts);
