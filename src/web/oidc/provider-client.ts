/**
 * The OpenID Connect relying party, on openid-client (Web APIs only, so the same code runs in
 * Node and workerd): discovery once per issuer, the authorization URL with state, nonce and PKCE,
 * the code exchange with its checks, the userinfo, and the provider's end-session URL.
 */

import * as oidc from "openid-client";
import type { OidcConfig } from "../../config";

/** ProConnect's claim names; each scope brings the claim of the same name. */
const OIDC_SCOPES = "openid email given_name usual_name siret";

export interface SignInFlow {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

const configurations = new Map<string, Promise<oidc.Configuration>>();

/** Discovery, kept per issuer and client; a failed one is forgotten so that the next sign-in retries. */
export function providerConfiguration(settings: OidcConfig, production: boolean): Promise<oidc.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  let configuration = configurations.get(key);
  if (!configuration) {
    configuration = oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
      timeout: 10,
      // Plain http only for a provider on this machine outside production (the demo, the tests).
      execute: !production && new URL(settings.issuer).protocol === "http:" ? [oidc.allowInsecureRequests] : [],
    });
    configurations.set(key, configuration);
    configuration.catch(() => configurations.delete(key));
  }
  return configuration;
}

export async function startSignIn(
  configuration: oidc.Configuration,
  redirectUri: string,
): Promise<{ url: URL; flow: SignInFlow }> {
  const flow = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: OIDC_SCOPES,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
  });
  return { url, flow };
}

/**
 * Checks the callback (state, PKCE, ID token signature, audience and nonce), then reads the
 * userinfo: ProConnect puts the identity there (as a signed JWT), not in the ID token.
 */
export async function finishSignIn(
  configuration: oidc.Configuration,
  callbackUrl: URL,
  flow: SignInFlow,
): Promise<{ claims: Record<string, unknown>; idToken: string }> {
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims || !tokens.id_token) throw new oidc.ClientError("ID token missing");
  const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
  return { claims: { ...idClaims, ...userInfo }, idToken: tokens.id_token };
}

/** Where to send the browser so that the provider's session ends too (null if it has no such endpoint). */
export function endSessionUrl(
  configuration: oidc.Configuration,
  idToken: string,
  postLogoutRedirectUri: string,
): URL | null {
  if (!configuration.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(configuration, {
    id_token_hint: idToken,
    post_logout_redirect_uri: postLogoutRedirectUri,
    // ProConnect requires a state on logout; we have nothing to restore, so any fresh value does.
    state: oidc.randomState(),
  });
}

/** The provider refused or the user cancelled (an `error` in the callback), as opposed to a broken exchange. */
export function providerRefusal(error: unknown): string | null {
  return error instanceof oidc.AuthorizationResponseError ? error.error : null;
}
