// The sync state at a glance, as the background task publishes it; a newer
// bundle arriving by sync calls `onBundles` so the screen shows what changed.
// Asks for a sync at once when the screen opens.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import type { SyncStatus } from "../generated/bindings";

const IDLE: SyncStatus = { phase: "idle", queued: 0, quarantined: 0, delivered: 0, last_error: null };

export function useSyncStatus(onBundles: () => void): SyncStatus {
  const [sync, setSync] = useState<SyncStatus>(IDLE);
  useEffect(() => {
    void backend.syncState().then(setSync);
    const stopState = backend.onSyncState(setSync);
    const stopBundles = backend.onBundlesUpdated(onBundles);
    void backend.syncNow();
    return () => {
      void stopState.then((stop) => stop());
      void stopBundles.then((stop) => stop());
    };
  }, []);
  return sync;
}
