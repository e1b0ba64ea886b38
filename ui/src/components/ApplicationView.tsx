// One application, every field of it, grouped the way the guideline reads.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { date, otherScripts, percent, pick, yuan } from "../format";
import { t } from "../i18n";
import type {
  ApplicationDetail,
  AttachmentMeta,
  CreditCodeCheck,
  FeasibilitySection,
  LocalizedText,
  PartnershipEvidence,
  TeamMember,
  Unit,
} from "../generated/bindings";
import { AttachmentViewer } from "./AttachmentViewer";
import { ChecklistView } from "./ChecklistView";

const SECTIONS: FeasibilitySection[] = [
  "technology_status",
  "research_base",
  "asean_market_feasibility",
  "rnd_content_and_route",
  "organisation",
  "innovations",
  "schedule",
  "economic_benefit",
  "deployment_plan",
  "budget_and_funding",
  "risk_response",
  "local_partners",
  "ip_and_benefit_sharing",
];

export function ApplicationView({ callId, applicationId }: { callId: string; applicationId: string }) {
  const [detail, setDetail] = useState<ApplicationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<AttachmentMeta | null>(null);

  useEffect(() => {
    backend.application(callId, applicationId).then(setDetail).catch((e: unknown) => setError(describeError(e)));
  }, [callId, applicationId]);

  if (error) return <p role="alert" class="error">{error}</p>;
  if (!detail) return <p aria-busy="true" />;
  const { application: a, demand } = detail;
  const byId = new Map(detail.attachments.map((m) => [m.id, m]));
  const attachmentLink = (id: string | null | undefined) => {
    const meta = id ? byId.get(id) : undefined;
    return meta ? (
      <button class="link" onClick={() => setOpen(meta)}>
        {pick(meta.title)}
      </button>
    ) : (
      <span class="missing">{t("app-missing")}</span>
    );
  };
  const people = [a.team.leader, ...a.team.members];
  const sectionsById = new Map(a.feasibility.sections.map((s) => [s.section, s.text]));

  return (
    <article class="application-view" aria-labelledby="application-title">
      <header>
        <p class="eyebrow">
          {a.id} · {demand.code}
        </p>
        <h1 id="application-title">{pick(a.project_title)}</h1>
      </header>

      <ChecklistView checklist={detail.checklist} />

      <Section id="overview" title={t("app-section-overview")}>
        <Facts>
          <Fact label={t("app-demand")}>{pick(demand.title)}</Fact>
          <Fact label={t("app-demand-side")}>
            <Names text={demand.demand_side.name} /> ({t(`demand-side-${demand.demand_side.kind}`)})
          </Fact>
          <Fact label={t("app-country")}>{t(`country-${demand.demand_side.country}`)}</Fact>
          <Fact label={t("app-field")}>{t(`field-${demand.field}`)}</Fact>
          <Fact label={t("app-submitted")}>{date(a.submitted_on)}</Fact>
          <Fact label={t("app-recommendation")}>
            {a.recommendation.kind === "unit" ? pick(a.recommendation.name) : t("app-self-recommended")}
          </Fact>
        </Facts>
        <details>
          <summary>{t("app-need")}</summary>
          <p>{pick(demand.description)}</p>
          <h4>{t("app-goals")}</h4>
          <p>{pick(demand.goals)}</p>
          <h4>{t("app-scenario")}</h4>
          <p>{pick(demand.scenario)}</p>
          <h4>{t("app-resources")}</h4>
          <ul>
            {demand.committed_resources.map((r, i) => (
              <li key={i}>
                {t("app-resource-line", { kind: t(`resource-${r.kind}`), description: pick(r.description) })}
                {r.value !== null && ` · ${yuan(r.value)}`}
              </li>
            ))}
          </ul>
        </details>
      </Section>

      <Section id="applicants" title={t("app-section-applicants")}>
        {[a.lead, ...a.members].map((unit, index) => (
          <UnitCard
            key={index}
            unit={unit}
            role={index === 0 ? t("app-lead") : t("app-member")}
            check={detail.credit_codes[index]}
          />
        ))}
        {a.business_licence && <p>{attachmentLink(a.business_licence)}</p>}
      </Section>

      <Section id="finance" title={t("app-section-finance")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("app-unit")}</th>
              <th scope="col">{t("app-year")}</th>
              <th scope="col">{t("app-revenue")}</th>
              <th scope="col">{t("app-rnd-spend")}</th>
              <th scope="col">{t("app-rnd-intensity")}</th>
              <th scope="col">{t("attachment-audited_financial_report")}</th>
            </tr>
          </thead>
          <tbody>
            {a.enterprise_finances.map((f, i) => (
              <tr key={i}>
                <td>{pick([a.lead, ...a.members].find((u) => u.credit_code === f.unit_credit_code)?.name) || f.unit_credit_code}</td>
                <td>{f.year}</td>
                <td class="number">{yuan(f.main_business_revenue)}</td>
                <td class="number">{yuan(f.rnd_spend)}</td>
                <td class="number">{f.main_business_revenue > 0 ? percent(f.rnd_spend / f.main_business_revenue) : "—"}</td>
                <td>{attachmentLink(f.audited_report)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="team" title={t("app-section-team")}>
        <p>
          {t("app-team-summary", { people: people.length, fulltime: people.filter((p) => p.full_time_rnd).length })}
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("app-name")}</th>
              <th scope="col">{t("app-role")}</th>
              <th scope="col">{t("app-full-time")}</th>
              <th scope="col">{t("app-languages")}</th>
              <th scope="col">{t("app-can-work-in-asean")}</th>
              <th scope="col">{t("app-international")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p: TeamMember, i) => (
              <tr key={i}>
                <td>{p.name}</td>
                <td>{pick(p.role)}</td>
                <td>{yesNo(p.full_time_rnd)}</td>
                <td>{p.languages.join(", ")}</td>
                <td>{yesNo(p.can_work_in_asean)}</td>
                <td>{p.international_experience ? pick(p.international_experience) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="ip" title={t("app-section-ip")}>
        <ul class="items">
          {a.ip_items.map((ip, i) => (
            <li key={i}>
              <strong>{pick(ip.title)}</strong>
              <p>
                {t("app-ip-line", {
                  kind: t(`ip-${ip.kind}`),
                  number: ip.number,
                  holder: ip.holder,
                  date: date(ip.granted_on),
                })}
              </p>
              {ip.evidence && attachmentLink(ip.evidence)}
            </li>
          ))}
        </ul>
        <h3>{t("app-section-cases")}</h3>
        <ul class="items">
          {a.commercialisation_cases.map((c, i) => (
            <li key={i}>
              <strong>{pick(c.title)}</strong>
              <p>
                {t("app-case-line", {
                  year: String(c.year),
                  customer: pick(c.customer),
                  value: c.contract_value === null ? "—" : yuan(c.contract_value),
                })}
              </p>
              <p>{pick(c.summary)}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="integrity" title={t("app-section-integrity")}>
        <Facts>
          <Fact label={t("app-sanction")}>
            <span class={a.integrity.active_sanction_declared ? "flag" : ""}>{yesNo(a.integrity.active_sanction_declared)}</span>
          </Fact>
          <Fact label={t("app-commitment-letter")}>{attachmentLink(a.integrity.commitment_letter)}</Fact>
          <Fact label={t("app-credit-report")}>{attachmentLink(a.integrity.public_credit_report)}</Fact>
        </Facts>
      </Section>

      <Section id="feasibility" title={t("app-section-feasibility")}>
        {a.feasibility.document && <p>{attachmentLink(a.feasibility.document)}</p>}
        <dl class="sections">
          {SECTIONS.map((section) => {
            const text = sectionsById.get(section);
            return (
              <div key={section} class={text ? "" : "absent"}>
                <dt>{t(`section-${section}`)}</dt>
                <dd>{text ? pick(text) : <span class="missing">{t("app-section-not-supplied")}</span>}</dd>
              </div>
            );
          })}
        </dl>
      </Section>

      <Section id="budget" title={t("app-section-budget")}>
        <Facts>
          <Fact label={t("app-public-request")}>{yuan(a.budget.public_request)}</Fact>
          <Fact label={t("app-self-raised")}>{yuan(a.budget.self_raised)}</Fact>
          <Fact label={t("app-matching")}>
            {a.budget.public_request > 0 ? `${(a.budget.self_raised / a.budget.public_request).toFixed(2)} : 1` : "—"}
          </Fact>
          <Fact label={t("app-period")}>{t("months", { count: a.period_months })}</Fact>
          {a.budget.funding_sources && <Fact label={t("app-funding-sources")}>{pick(a.budget.funding_sources)}</Fact>}
        </Facts>
      </Section>

      <Section id="cooperation" title={t("app-section-cooperation")}>
        <ul class="chips">
          {a.cooperation_modes.map((mode) => (
            <li key={mode}>{t(`mode-${mode}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="partnership" title={t("app-section-partnership")}>
        <Evidence title={t("app-agreements")} items={a.asean_partnership.agreements} link={attachmentLink} />
        <Evidence title={t("app-deployments")} items={a.asean_partnership.deployments} link={attachmentLink} />
        <Evidence title={t("app-local-teams")} items={a.asean_partnership.local_teams} link={attachmentLink} />
      </Section>

      <Section id="relation" title={t("app-section-relation")}>
        {a.relation_declaration.relations.length === 0 ? (
          <p>{t("app-no-relation")}</p>
        ) : (
          <ul class="chips flagged">
            {a.relation_declaration.relations.map((r) => (
              <li key={r}>{t(`relation-${r}`)}</li>
            ))}
          </ul>
        )}
        <p>{pick(a.relation_declaration.statement)}</p>
      </Section>

      <Section id="attachments" title={t("app-section-attachments")}>
        <ul class="attachments">
          {detail.attachments.map((meta) => (
            <li key={meta.id}>
              <span>
                {pick(meta.title)} <small>({t(`attachment-${meta.kind}`)}, {meta.file_name})</small>
              </span>
              <button data-attachment={meta.id} onClick={() => setOpen(meta)}>
                {t("app-open-attachment")}
              </button>
            </li>
          ))}
        </ul>
      </Section>

      {open && <AttachmentViewer callId={callId} meta={open} onClose={() => setOpen(null)} />}
    </article>
  );
}

function yesNo(value: boolean): string {
  return value ? t("yes") : t("no");
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="block" aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Facts({ children }: { children: ComponentChildren }) {
  return <dl class="facts">{children}</dl>;
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A name as shown in the UI language, followed by its other scripts. */
function Names({ text }: { text: LocalizedText }) {
  const others = otherScripts(text);
  return (
    <span>
      {pick(text)}
      {others.map(({ lang, value }) => (
        <span class="other-scripts" key={lang}>
          {" · "}
          <span lang={lang}>{value}</span>
        </span>
      ))}
    </span>
  );
}

function UnitCard({ unit, role, check }: { unit: Unit; role: string; check: CreditCodeCheck | undefined }) {
  return (
    <div class="unit">
      <h3>
        <span class="role">{role}</span> <Names text={unit.name} />
      </h3>
      <Facts>
        <Fact label={t("app-unit-kind")}>{t(`unit-${unit.kind}`)}</Fact>
        <Fact label={t("app-credit-code")}>
          <code>{unit.credit_code}</code>{" "}
          {check?.problem ? (
            <span class="flag">{t("app-credit-invalid", { reason: t(`credit-${check.problem}`) })}</span>
          ) : (
            <span class="ok">{t("app-credit-valid")}</span>
          )}
        </Fact>
        <Fact label={t("app-registered-on")}>{date(unit.registered_on)}</Fact>
        <Fact label={t("app-address")}>{unit.registered_address}</Fact>
        <Fact label={t("app-legal-person")}>{yesNo(unit.independent_legal_person)}</Fact>
      </Facts>
    </div>
  );
}

function Evidence({
  title,
  items,
  link,
}: {
  title: string;
  items: PartnershipEvidence[];
  link: (id: string | null) => ComponentChildren;
}) {
  return (
    <div class="evidence">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p class="missing">{t("none")}</p>
      ) : (
        <ul class="items">
          {items.map((item, i) => (
            <li key={i}>
              <Names text={item.partner} /> ({t(`country-${item.country}`)}){item.since && <> · {t("app-since", { date: date(item.since) })}</>}
              <p>{pick(item.summary)}</p>
              {item.evidence && link(item.evidence)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
