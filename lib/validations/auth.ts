import { z } from "zod";

// Error messages are message keys (lib/i18n messages.auth.*) so forms can show them in either language.
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("invalidEmail").max(254, "invalidEmail"));

export const passwordSchema = z.string().min(8, "passwordTooShort").max(128, "passwordTooLong");

export const signInSchema = z.object({
  email: emailSchema,
  // No length rule on sign-in: a wrong password must get the same answer whatever its length.
  password: z.string().min(1, "invalidCredentials").max(1024, "invalidCredentials"),
});

export const signUpSchema = z.object({
  name: z.string().trim().max(80, "nameTooLong").optional().transform((v) => v || undefined),
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(["BUYER", "SELLER"]).default("BUYER"),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
