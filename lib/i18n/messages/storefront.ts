// Strings of the storefront: shop and product pages, search, the cart.
export const storefrontFr = {};

export const storefrontEn: typeof storefrontFr = {};
