// Limits of a shop's fields, shared by the zod schema and the form (without pulling zod into the browser).
export const SHOP_NAME_MAX = 80;
export const SHOP_DESCRIPTION_MAX = 1000;
export const SHOP_LOGO_MAX_BYTES = 2 * 1024 * 1024;
