// The expert's overview of a call: how far each demand's applications have come
// (submitted, recused, in progress, not started), with a way into the
// side-by-side comparison of its applicants.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { pick } from "../format";
import { t } from "../i18n";
import type { DemandProgress } from "../generated/bindings";

interface Props {
  callId: string;
  /** Changes whenever a sheet's progress changed elsewhere. */
  revision: number;
  onCompare: (demandId: string) => void;
}

export function ProgressView({ callId, revision, onCompare }: Props) {
  const [rows, setRows] = useState<DemandProgress[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    backend
      .progress(callId)
      .then(setRows)
      .catch((failure: unknown) => setError(describeError(failure)));
  }, [callId, revision]);

  if (error) return <p role="alert" class="error">{error}</p>;
  if (!rows) return <p aria-busy="true" />;
  const total = rows.reduce((n, r) => n + r.not_started + r.in_progress + r.submitted + r.recused, 0);
  const done = rows.reduce((n, r) => n + r.submitted + r.recused, 0);
  return (
    <section class="progress-view" aria-labelledby="progress-title">
      <h1 id="progress-title">{t("progress-title")}</h1>
      <p class="note">{t("progress-intro")}</p>
      <p class="progress-total">
        <progress max={total} value={done} aria-labelledby="progress-total-text" />{" "}
        <span id="progress-total-text">{t("progress-total", { done, total })}</span>
      </p>
      <table class="progress-table">
        <thead>
          <tr>
            <th scope="col">{t("progress-demand")}</th>
            <th scope="col" class="number">{t("progress-submitted")}</th>
            <th scope="col" class="number">{t("progress-recused")}</th>
            <th scope="col" class="number">{t("progress-in_progress")}</th>
            <th scope="col" class="number">{t("progress-not_started")}</th>
            <th scope="col"><span class="visually-hidden">{t("progress-compare")}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.demand_id} data-progress-demand={row.demand_id}>
              <th scope="row">{pick(row.demand_title)}</th>
              <td class="number">{row.submitted}</td>
              <td class="number">{row.recused}</td>
              <td class="number">{row.in_progress}</td>
              <td class="number">{row.not_started}</td>
              <td>
                <button class="link" data-compare={row.demand_id} onClick={() => onCompare(row.demand_id)}>
                  {t("progress-compare")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
