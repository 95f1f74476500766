/**
 * The demo's sign-in through OpenID Connect: with CADRE_DEMO=1 and no OIDC_ISSUER, `npm start`
 * also runs a local provider (src/demo/oidc-provider.ts) on loopback, OIDC_DEMO_PORT (8790 by
 * default), and points Cadre at it, so that the ProConnect button works in the demo too.
 */

import type { AppConfig } from "../config";
import { randomHex } from "../domain/digest";
import { demoIdentities } from "../demo/oidc-accounts";
import type { DemoIdentityProvider } from "../demo/oidc-provider";

export interface DemoSignIn {
  readonly config: AppConfig;
  /** Once Cadre listens: registers its addresses with the provider. */
  attach(port: number): void;
  close(): Promise<void>;
}

export async function startDemoSignIn(
  config: AppConfig,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<DemoSignIn | null> {
  if (!config.demo || config.oidc || config.production) return null;
  let provider: DemoIdentityProvider;
  try {
    // Imported here, not at the top: oidc-provider and Koa weigh on every start, demo or not.
    const { listenDemoIdentityProvider } = await import("../demo/oidc-provider");
    provider = await listenDemoIdentityProvider({
      port: Number(env.OIDC_DEMO_PORT ?? 8790),
      identities: demoIdentities(),
    });
  } catch (error) {
    // The demo still works with its one-click buttons; only the ProConnect button is missing.
    log(
      `[cadre] fournisseur d'identité de démonstration non démarré (${error instanceof Error ? error.message : String(error)}) : bouton ProConnect absent`,
    );
    return null;
  }
  const client = { clientId: "cadre-demo", clientSecret: randomHex(32) };
  return {
    config: { ...config, oidc: { issuer: provider.issuer, ...client } },
    attach(port) {
      const origins = new Set([`http://localhost:${port}`, `http://127.0.0.1:${port}`]);
      if (config.publicUrl) origins.add(config.publicUrl);
      provider.register({
        ...client,
        redirectUris: [...origins].map((origin) => `${origin}/connexion/oidc/retour`),
        postLogoutRedirectUris: [...origins].map((origin) => `${origin}/`),
      });
    },
    close: () => provider.close(),
  };
}
