declare module "next-auth/jwt" {
  interface JWT {
    /** AuthSession row id (lib/auth/sessions.ts). */
    sid?: string;
  }
}

export {};
