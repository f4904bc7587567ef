/**
 * The date shapes of a record as plain regular expressions, shared by the zod schema and by code
 * that must not pull zod into a browser bundle (the compare worker formats dates too).
 */

/** A calendar date, `2026-06-30`. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A date that recurs every year (每年11月15日前), `--11-15`. */
export const MONTH_DAY = /^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
