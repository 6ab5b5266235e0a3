import { z } from "zod";
import { CARD_KINDS } from "@/lib/domain/enums";
import { dateParam, idParam, listParam, pageParam, pageSizeParam } from "@/lib/http/query-params";

export const CARD_PAGE_SIZE = 20;

/** The card feed's filters, as they appear in /cards?… and /api/cards?… */
export const cardFilterSchema = z
  .strictObject({
    q: z.string().trim().max(200, "at most 200 characters").optional(),
    kind: listParam(z.enum(CARD_KINDS, "an unknown card kind")),
    actor: idParam.optional(),
    issue: idParam.optional(),
    territory: z.string().regex(/^UA-\d{2}$/, "an ISO 3166-2 code such as UA-14").optional(),
    tag: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, "not a valid tag").optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    page: pageParam,
    pageSize: pageSizeParam(100, CARD_PAGE_SIZE),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "must not be after 'to'", path: ["from"] });

export type CardFilter = z.output<typeof cardFilterSchema>;
export const DEFAULT_CARD_FILTER: CardFilter = cardFilterSchema.parse({});
