import { z } from "zod";
import { CARD_KINDS } from "@/lib/domain/enums";
import { dateParam, idParam, listParam, pageParam, pageSizeParam } from "@/lib/http/query-params";
import { TAG_PATTERN } from "@/lib/records/fields";
import { TERRITORY_CODE } from "@/lib/records/kinds/territories";

export const CARD_PAGE_SIZE = 20;

/** The card feed's filters, as they appear in /cards?… and /api/cards?… */
export const cardFilterSchema = z
  .strictObject({
    q: z.string().trim().max(200, "at most 200 characters").optional(),
    kind: listParam(z.enum(CARD_KINDS, "an unknown card kind")),
    actor: idParam.optional(),
    issue: idParam.optional(),
    territory: z.string().regex(TERRITORY_CODE, "a territory code such as FR-75 or an area id such as north-buffer-zone").optional(),
    tag: z.string().trim().max(60).regex(TAG_PATTERN, "not a valid tag").optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    page: pageParam,
    pageSize: pageSizeParam(100, CARD_PAGE_SIZE),
    preview: z.literal("1").optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "must not be after 'to'", path: ["from"] });

export type CardFilter = z.output<typeof cardFilterSchema>;
export const DEFAULT_CARD_FILTER: CardFilter = cardFilterSchema.parse({});
