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
    // Every change of state is published as an event. So once listening, an
    // event is always at least as new as the snapshot asked for at start,
    // whose answer may arrive after it: the snapshot counts only until the
    // first event. The sync is asked for only once listening, or a quick
    // run's events could be missed and the screen keep a stale state until
    // the next periodic run.
    let heard = false;
    const stopState = backend.onSyncState((status) => {
      heard = true;
      setSync(status);
    });
    const stopBundles = backend.onBundlesUpdated(onBundles);
    void stopState.then(async () => {
      const snapshot = await backend.syncState();
      if (!heard) setSync(snapshot);
      await backend.syncNow();
    });
    return () => {
      void stopState.then((stop) => stop());
      void stopBundles.then((stop) => stop());
    };
  }, []);
  return sync;
}
