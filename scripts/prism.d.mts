import type { PrismServer, StartPrismOptions } from "../packages/contract-kit/src/prism.d.mts";

export type { PrismServer, StartPrismOptions };

/** Absolute path of the repository's spec, `spec/openapi.yaml`. */
export declare const DEFAULT_SPEC: string;

/**
 * Starts `prism mock` on `options.spec` (default: the repository's `spec/openapi.yaml`) through
 * `@yunxin-im/contract-kit`'s launcher, and resolves once it listens.
 */
export declare function startPrism(options?: Partial<StartPrismOptions>): Promise<PrismServer>;
