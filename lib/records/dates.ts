/** A calendar day (YYYY-MM-DD) as the UTC midnight Prisma stores, and back. */
export const dayToDate = (day: string | null | undefined): Date | null => (day ? new Date(`${day}T00:00:00.000Z`) : null);
export const dateToDay = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null);
