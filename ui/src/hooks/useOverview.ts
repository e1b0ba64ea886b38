// The calls in the vault and the chosen call's demands with the applications
// the filter lets through; fetched again when the filter changes (typing in
// the search box waits a moment) or when something else changed the vault.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import type { ListFilter, Overview } from "../generated/bindings";

export const NO_FILTER: ListFilter = { text: "", country: null, field: null };

export function useOverview(revision: number) {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [error, setError] = useState<string | null>(null);
  const callId = overview?.call?.id ?? null;

  useEffect(() => {
    let current = true;
    // Typing in the search box should not query on every keystroke.
    const timer = window.setTimeout(() => {
      backend
        .overview(callId, filter)
        .then((next) => current && setOverview(next))
        .catch((failure: unknown) => current && setError(describeError(failure)));
    }, filter.text ? 150 : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [filter, revision]);

  return { overview, callId, filter, setFilter, error };
}
