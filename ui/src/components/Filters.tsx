// The list's search box and its country and field filters, with a way to
// clear them all.
import { t } from "../i18n";
import type { AseanCountry, ListFilter, Overview, TechField } from "../generated/bindings";
import { NO_FILTER } from "../hooks/useOverview";

export function Filters({
  overview,
  filter,
  onFilter,
}: {
  overview: Overview | null;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
}) {
  const active = filter.text !== "" || filter.country !== null || filter.field !== null;
  return (
    <div class="filters">
      <div class="field">
        <label for="search">{t("search-label")}</label>
        <input
          id="search"
          type="search"
          value={filter.text}
          placeholder={t("search-placeholder")}
          onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
        />
      </div>
      <div class="filter-row">
        <label>
          <span>{t("filter-country")}</span>
          <select
            id="filter-country"
            value={filter.country ?? ""}
            onChange={(event) => onFilter({ ...filter, country: (event.currentTarget.value || null) as AseanCountry | null })}
          >
            <option value="">{t("filter-all")}</option>
            {overview?.countries.map((c) => (
              <option value={c} key={c}>
                {t(`country-${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("filter-field")}</span>
          <select
            id="filter-field"
            value={filter.field ?? ""}
            onChange={(event) => onFilter({ ...filter, field: (event.currentTarget.value || null) as TechField | null })}
          >
            <option value="">{t("filter-all")}</option>
            {overview?.fields.map((f) => (
              <option value={f} key={f}>
                {t(`field-${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {active && (
        <button class="link" onClick={() => onFilter(NO_FILTER)}>
          {t("clear-filters")}
        </button>
      )}
    </div>
  );
}
