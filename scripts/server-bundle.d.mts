/** Types for scripts/server-bundle.mjs, imported by the cold-start benchmark. */
export declare const ROOT: string;
export declare const BUNDLE: string;
export declare function buildServerBundle(): Promise<void>;
export declare function bundleIsStale(): boolean;
