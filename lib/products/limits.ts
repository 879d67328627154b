// Limits of a product's fields, shared by the zod schema and the form (without pulling zod into the browser).
export const PRODUCT_NAME_MAX = 120;
export const PRODUCT_DESCRIPTION_MAX = 2000;
export const PRODUCT_STOCK_MAX = 100_000;
export const PRODUCT_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const SELLER_PRODUCTS_PAGE_SIZE = 20;
