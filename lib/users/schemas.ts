import { z } from "zod";
import { ROLES } from "@/lib/domain/enums";
import { idParam } from "@/lib/http/query-params";

export const MIN_PASSWORD_LENGTH = 12;

export const emailSchema = z.email("Enter a valid email address").max(320).transform((e) => e.toLowerCase());
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Use at most 256 characters");
export const roleSchema = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}` });

export const newUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: roleSchema,
  password: passwordSchema,
});
export type NewUser = z.input<typeof newUserSchema>;

export const userUpdateSchema = z.strictObject({
  name: z.string().trim().min(1, "Enter a name").max(120).optional(),
  role: roleSchema.optional(),
  /** A deactivated account keeps its history but cannot sign in; its sessions end at once. */
  banned: z.boolean().optional(),
  /** The negotiations an editor may change; an empty list lets them change every one. */
  negotiationIds: z.array(idParam).max(200).optional(),
  /** The restricted negotiations an analyst may read (editors and admins read every one). */
  readsNegotiationIds: z.array(idParam).max(200).optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;
