// The panel's calibration beside its results: each expert's leniency (mean,
// offset from the panel), per demand the ranking on normalised scores next to
// the rule's ranking with Kendall's W, and ICC(2,k) across the panel, low
// agreement flagged. Worded by the minutes' messages, so screen and paper agree.
import { points } from "../format";
import { t } from "../i18n";
import type { Agreement, Calibration, DemandPanel } from "../generated/bindings";

interface Props {
  calibration: Calibration;
  demands: DemandPanel[];
  expertName: (id: string) => string;
}

export function CalibrationSection({ calibration, demands, expertName }: Props) {
  if (calibration.experts.length === 0) return null;
  return (
    <section class="panel-calibration" aria-labelledby="panel-calibration-title">
      <h2 id="panel-calibration-title">{t("minutes-section-calibration")}</h2>
      <p class="note">{t("minutes-calibration-note")}</p>
      <table class="panel-leniency">
        <thead>
          <tr>
            <th scope="col">{t("minutes-expert")}</th>
            <th scope="col" class="number">{t("minutes-calibration-scored")}</th>
            <th scope="col" class="number">{t("minutes-calibration-mean")}</th>
            <th scope="col" class="number">{t("minutes-calibration-offset")}</th>
          </tr>
        </thead>
        <tbody>
          {calibration.experts.map((expert) => (
            <tr key={expert.expert_id} data-leniency={expert.expert_id}>
              <td>{`${expert.expert_id} ${expertName(expert.expert_id)}`}</td>
              <td class="number">{expert.scored}</td>
              <td class="number">{points(expert.mean)}</td>
              <td class="number">{signed(expert.offset)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {calibration.demands.map((demand) => {
        const ranked = demands.find((d) => d.demand_id === demand.demand_id)?.result.applicants ?? [];
        return (
          <div key={demand.demand_id} data-calibration-demand={demand.demand_id}>
            <AgreementLine
              agreement={demand.kendall_w}
              message="minutes-agreement-w"
              args={{ demand: demand.demand_id }}
              expertName={expertName}
            />
            {demand.normalised.length > 0 && (
              <table class="panel-normalised">
                <thead>
                  <tr>
                    <th scope="col">{t("minutes-application")}</th>
                    <th scope="col" class="number">{t("minutes-calibration-rule-rank")}</th>
                    <th scope="col" class="number">{t("minutes-calibration-normalised")}</th>
                    <th scope="col" class="number">{t("minutes-calibration-normalised-rank")}</th>
                  </tr>
                </thead>
                <tbody>
                  {demand.normalised.map((entry) => (
                    <tr key={entry.application_id} data-normalised={entry.application_id}>
                      <td>{entry.application_id}</td>
                      <td class="number">{ranked.find((r) => r.application_id === entry.application_id)?.rank ?? "—"}</td>
                      <td class="number">{signed(entry.mean_z)}</td>
                      <td class="number">{entry.rank}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
      <AgreementLine agreement={calibration.icc} message="minutes-agreement-icc" args={{}} expertName={expertName} />
    </section>
  );
}

function AgreementLine({
  agreement,
  message,
  args,
  expertName,
}: {
  agreement: Agreement;
  message: string;
  args: Record<string, string>;
  expertName: (id: string) => string;
}) {
  const value = agreement.value === null ? t("minutes-agreement-undefined") : agreement.value;
  return (
    <p class={agreement.low ? "agreement low" : "agreement"} data-agreement-low={agreement.low ? "true" : "false"}>
      {t(message, { ...args, value, experts: agreement.experts, applicants: agreement.applicants })}
      {agreement.low && <strong> — {t("minutes-agreement-low")}</strong>}
      {agreement.left_out.length > 0 && (
        <span class="note">
          {"; "}
          {t("minutes-agreement-left-out", {
            experts: agreement.left_out.map((id) => `${id} ${expertName(id)}`).join(", "),
          })}
        </span>
      )}
    </p>
  );
}

/** A figure with its sign written, so leniency reads at a glance. */
function signed(value: string | null): string {
  if (value === null) return "—";
  const shown = points(value);
  return Number(value) > 0 ? `+${shown}` : shown;
}
