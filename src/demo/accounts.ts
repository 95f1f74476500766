/** The demo's sign-in accounts, one per role (README: "Se connecter avec la démo"). */

const DEMO_ACCOUNTS = {
  applicant: "agent@demo.cadre.local",
  instructor: "instructeur@demo.cadre.local",
  reporter: "lecteur@demo.cadre.local",
  admin: "admin@demo.cadre.local",
} as const;

export const DEMO_ACCOUNT_EMAILS: readonly string[] = Object.values(DEMO_ACCOUNTS);
