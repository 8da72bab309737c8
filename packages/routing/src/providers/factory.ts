import type { MatrixCellCache } from './cache';
import { createEstimateProvider, type EstimateParams } from './estimate';
import { createGraphHopperProvider, type GraphHopperProviderOptions } from './graphhopper';
import type { RoutingProvider } from './types';

export interface RoutingProviderConfig {
  /** GRAPHHOPPER_URL: a self-hosted server, or another hosted base URL when a key is also given. */
  graphhopperUrl?: string | undefined;
  /** GRAPHHOPPER_API_KEY: the hosted Directions API. */
  graphhopperApiKey?: string | undefined;
  profile?: string | undefined;
  /** Shared matrix cache (e.g. one per worker process); default a private in-memory LRU. */
  cache?: MatrixCellCache | null;
  /** Extra GraphHopper tuning (timeouts, retries, concurrency). */
  graphhopper?: Omit<GraphHopperProviderOptions, 'baseUrl' | 'apiKey' | 'profile' | 'cache'>;
  /** Parameters for the offline estimate, e.g. the output of `calibrateEstimate`. */
  estimate?: Partial<EstimateParams>;
}

/** GraphHopper when a URL or a key is configured, otherwise the offline estimate. */
export function createRoutingProvider(config: RoutingProviderConfig = {}): RoutingProvider {
  const url = config.graphhopperUrl?.trim() || undefined;
  const key = config.graphhopperApiKey?.trim() || undefined;
  if (url || key) {
    return createGraphHopperProvider({
      ...config.graphhopper,
      ...(url ? { baseUrl: url } : {}),
      ...(key ? { apiKey: key } : {}),
      ...(config.profile ? { profile: config.profile } : {}),
      ...(config.cache !== undefined ? { cache: config.cache } : {}),
    });
  }
  return createEstimateProvider(config.estimate, config.profile ? { profile: config.profile } : {});
}
