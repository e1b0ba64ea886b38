// The applicants of one demand side by side, criterion by criterion, as the
// expert scored them: one column per applicant, so differences read across.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { pick, points } from "../format";
import { t } from "../i18n";
import type { Comparison } from "../generated/bindings";

interface Props {
  callId: string;
  demandId: string;
  onOpen: (applicationId: string) => void;
  onBack: () => void;
}

export function ComparisonView({ callId, demandId, onOpen, onBack }: Props) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    backend
      .comparison(callId, demandId)
      .then(setComparison)
      .catch((failure: unknown) => setError(describeError(failure)));
  }, [callId, demandId]);

  if (error) return <p role="alert" class="error">{error}</p>;
  if (!comparison) return <p aria-busy="true" />;
  const { demand, rubric, applications } = comparison;
  return (
    <section class="comparison" aria-labelledby="comparison-title">
      <button class="link" id="comparison-back" onClick={onBack}>
        {t("compare-back")}
      </button>
      <h1 id="comparison-title">{t("compare-title", { demand: pick(demand.title) })}</h1>
      <p class="note">{t("compare-intro")}</p>
      <div class="table-scroll">
        <table class="comparison-table">
          <thead>
            <tr>
              <th scope="col">{t("compare-criterion")}</th>
              {applications.map(({ application }) => (
                <th scope="col" key={application.id} data-application={application.id}>
                  <button class="link" onClick={() => onOpen(application.id)}>
                    {application.id}
                  </button>
                  <span class="lead">{pick(application.lead_name)}</span>
                  <span class={`badge ${application.progress}`}>{t(`progress-${application.progress}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rubric.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row">{pick(criterion.title)}</th>
                {applications.map(({ application, totals }) => {
                  const total = totals.criteria.find((c) => c.criterion_id === criterion.id);
                  return (
                    <td class={`number${total?.below_threshold ? " flag" : ""}`} key={application.id}>
                      {points(total?.score)}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr class="overall-row">
              <th scope="row">{t("compare-overall")}</th>
              {applications.map(({ application, totals }) => (
                <td class="number" key={application.id} data-overall={application.id}>
                  <strong>{points(totals.overall)}</strong>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t("compare-recommendation")}</th>
              {applications.map(({ application, recommendation }) => (
                <td key={application.id}>{recommendation ? t(`recommendation-${recommendation}`) : "—"}</td>
              ))}
            </tr>
            {rubric.vetoes.length > 0 && (
              <tr>
                <th scope="row">{t("compare-vetoes")}</th>
                {applications.map(({ application, vetoes }) => (
                  <td key={application.id} class={vetoes.length > 0 ? "flag" : undefined}>
                    {vetoes.length > 0
                      ? vetoes.map((id) => pick(rubric.vetoes.find((v) => v.id === id)?.title)).join("; ")
                      : "—"}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
