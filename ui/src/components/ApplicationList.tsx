// Applications grouped under the demand they answer.
import { pick } from "../format";
import { t } from "../i18n";
import type { DemandView } from "../generated/bindings";

interface Props {
  demands: DemandView[];
  selected: string | null;
  onSelect: (id: string) => void;
  onClear: () => void;
}

export function ApplicationList({ demands, selected, onSelect, onClear }: Props) {
  if (demands.length === 0) {
    return (
      <div class="no-match">
        <p>{t("list-no-match")}</p>
        <button class="link" onClick={onClear}>
          {t("clear-filters")}
        </button>
      </div>
    );
  }
  return (
    <ol class="demands">
      {demands.map(({ demand, applications, total_applications }) => (
        <li class="demand" key={demand.id} data-demand={demand.id}>
          <h2 class="demand-title">
            <span class="code">{demand.code}</span>
            <span>{pick(demand.title)}</span>
          </h2>
          <p class="demand-meta">
            {t(`country-${demand.demand_side.country}`)} · {t(`field-${demand.field}`)} ·{" "}
            {t("demand-applicants", { count: total_applications })}
          </p>
          {total_applications === 1 && <p class="single">{t("demand-single")}</p>}
          <ul class="applications">
            {applications.map((application) => (
              <li key={application.id}>
                <button
                  class={`application${selected === application.id ? " selected" : ""}`}
                  data-application={application.id}
                  aria-current={selected === application.id ? "true" : undefined}
                  onClick={() => onSelect(application.id)}
                >
                  <span class="id">{application.id}</span>
                  <span class="lead">{pick(application.lead_name)}</span>
                  {application.progress !== "not_started" && (
                    <span class={`badge ${application.progress}`}>{t(`progress-${application.progress}`)}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
