// Validators for conditional requests (ETag, Last-Modified) read from the store and written
// back only when the caller says the documents they vouch for are stored.
import type { FetchValidators, Store } from "./types.ts";

/** What a fetcher needs (ingest's ValidatorStore), and the write-back. */
export interface PendingValidators {
  get(url: string): Promise<FetchValidators | null>;
  put(url: string, validators: FetchValidators): Promise<void>;
  flush(): Promise<void>;
}

/**
 * The store's validators for conditional requests, kept back until `flush`: written only once
 * the documents they vouch for are stored, so that a failed write is fetched in full next time
 * instead of being answered "not modified" and lost.
 */
export function storeValidators(store: Store, at: string): PendingValidators {
  const pending = new Map<string, FetchValidators>();
  return {
    get: async (url) => pending.get(url) ?? (await store.fetchValidators(url)),
    put: async (url, validators) => void pending.set(url, validators),
    flush: async () => {
      for (const [url, validators] of pending) await store.putFetchValidators(url, validators, at);
      pending.clear();
    },
  };
}
