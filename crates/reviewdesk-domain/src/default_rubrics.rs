//! The rubrics ReviewDesk ships, built from the guideline (`../shared/DOMAIN.md`):
//! pre-review scoring on the four criteria, demand assessment on the five
//! dimensions of list setting, and the pass/fail demonstration. A call's agency
//! data may carry its own rubrics instead.

use rust_decimal::Decimal;

use crate::model::ReviewStage;
use crate::rubric::{CommentRule, Criterion, Points, Rubric, RubricKind, Scale, SubItem, Veto};
use crate::text::LocalizedText;

fn text(zh: &str, en: &str) -> LocalizedText {
    LocalizedText::new([("zh-CN", zh), ("en", en)])
}

fn points(value: i64) -> Points {
    Points(Decimal::from(value))
}

/// 0 to 10 in steps of 0.5.
fn ten_point_scale() -> Scale {
    Scale {
        min: points(0),
        max: points(10),
        step: Points::new(5, 1),
    }
}

/// (id, Chinese title, English title, Chinese description, English description)
type ItemText = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// A criterion: id, title and description (each as Chinese and English), weight
/// and sub-items.
fn criterion(
    id: &str,
    (zh, en): (&str, &str),
    (zh_description, en_description): (&str, &str),
    weight: i64,
    items: &[ItemText],
) -> Criterion {
    Criterion {
        id: id.to_owned(),
        title: text(zh, en),
        description: text(zh_description, en_description),
        weight: points(weight),
        threshold: None,
        items: items
            .iter()
            .map(|(id, zh, en, zh_description, en_description)| SubItem {
                id: (*id).to_owned(),
                title: text(zh, en),
                description: text(zh_description, en_description),
                scale: ten_point_scale(),
                weight: points(1),
            })
            .collect(),
    }
}

fn export_control_veto() -> Veto {
    Veto {
        id: "export-restricted".into(),
        title: text(
            "涉及禁止或限制出口技术",
            "Technology prohibited or restricted from export",
        ),
        description: text(
            "项目技术属于《中国禁止出口限制出口技术目录》所列技术。",
            "The project's technology is in China's catalogue of technologies prohibited or restricted from export.",
        ),
    }
}

/// Pre-review (预评审): the four criteria of the guideline, 100 points in all.
pub fn pre_review() -> Rubric {
    Rubric {
        id: "pre-review".into(),
        version: 1,
        stage: ReviewStage::PreReview,
        kind: RubricKind::Scored,
        title: text("预评审评分表", "Pre-review score sheet"),
        criteria: vec![
            criterion(
                "qualification",
                ("揭榜方资质", "Applicant qualification"),
                (
                    "揭榜方的研发投入、自主知识产权与成果转化情况及科研诚信。",
                    "The applicant's R&D investment, own IP and commercialisation record, and research integrity.",
                ),
                25,
                &[
                    (
                        "rnd-investment",
                        "研发投入",
                        "R&D investment",
                        "上年度研发经费占主营业务收入比例及投入强度。",
                        "Last year's R&D spending against main business revenue.",
                    ),
                    (
                        "ip-and-cases",
                        "知识产权与成果转化",
                        "IP and past commercialisation",
                        "自主知识产权数量与质量，成果转化案例及成效。",
                        "Own patents and software copyrights, and results of past commercialisation.",
                    ),
                    (
                        "integrity",
                        "科研诚信与信用",
                        "Research integrity and credit",
                        "诚信承诺、公共信用记录及有无失信惩戒。",
                        "Integrity commitment, public credit record, any sanction.",
                    ),
                ],
            ),
            criterion(
                "delivery",
                ("实施保障力", "Delivery capacity"),
                (
                    "团队与语言能力、技术路线与进度安排、经费预算与自筹配套能否保障项目按期完成。",
                    "Whether the team, the technical route and schedule, and the budget with matching funds can deliver the project on time.",
                ),
                30,
                &[
                    (
                        "team-and-languages",
                        "团队与语言能力",
                        "Team and language capacity",
                        "全职研发人员、负责人能力，英语或东盟语言及在东盟独立工作的能力。",
                        "Full-time R&D staff, the leader, English or ASEAN languages, ability to work in ASEAN.",
                    ),
                    (
                        "route-and-schedule",
                        "技术路线与进度安排",
                        "Technical route and schedule",
                        "研发内容、技术路线的可行性与创新性，进度安排是否合理。",
                        "Feasibility and novelty of the R&D content and route; a realistic schedule.",
                    ),
                    (
                        "budget-and-matching",
                        "经费预算与自筹配套",
                        "Budget and matching funds",
                        "预算合理性，自筹资金不低于 1:1 且来源可靠。",
                        "A sound budget; self-raised funds at least 1:1 from reliable sources.",
                    ),
                ],
            ),
            criterion(
                "partnership",
                ("合作基础", "ASEAN partnership base"),
                (
                    "与东盟单位的实质性合作、在东盟的落地应用、本地服务团队以及需求方的资源投入。",
                    "Substantive cooperation with ASEAN partners, deployments in ASEAN, a local team, and the demand side's committed resources.",
                ),
                25,
                &[
                    (
                        "agreements",
                        "合作协议与联合项目",
                        "Cooperation agreements and joint projects",
                        "与东盟高校、院所、企业的实质性合作协议或已开展的联合项目。",
                        "Substantive agreements or past joint projects with ASEAN bodies.",
                    ),
                    (
                        "deployments",
                        "东盟落地应用",
                        "Deployments in ASEAN",
                        "技术或产品在东盟国家的落地应用及成效。",
                        "Technology or products already deployed in ASEAN, and their results.",
                    ),
                    (
                        "local-team",
                        "本地服务团队",
                        "Local team",
                        "在目标国的本地服务团队或熟悉当地法律与文化的合作伙伴。",
                        "A local service team or partners who know the target country's law and culture.",
                    ),
                    (
                        "demand-resources",
                        "需求方资源投入",
                        "Demand side's committed resources",
                        "需求方在资金、场地、数据、人员、政策协调方面的投入。",
                        "Funds, site, data, people and policy coordination committed by the demand side.",
                    ),
                ],
            ),
            criterion(
                "risk-and-benefit",
                ("项目风险与效益", "Risk and benefit"),
                (
                    "技术、合规、跨境数据与出口管制风险，经济与社会效益，以及知识产权安排。",
                    "Technical, compliance, cross-border data and export-control risk; economic and social benefit; the IP arrangement.",
                ),
                20,
                &[
                    (
                        "technical-risk",
                        "技术风险",
                        "Technical risk",
                        "技术成熟度与应对策略。",
                        "Maturity of the technology and the response to its risks.",
                    ),
                    (
                        "compliance-risk",
                        "合规、跨境数据与出口管制风险",
                        "Compliance, cross-border data and export-control risk",
                        "当地法规、数据跨境流动及出口管制方面的风险与应对。",
                        "Local regulation, cross-border data flows and export control, and how they are handled.",
                    ),
                    (
                        "benefit",
                        "经济与社会效益",
                        "Economic and social benefit",
                        "预期经济效益与示范带动作用。",
                        "Expected economic benefit and demonstration effect.",
                    ),
                    (
                        "ip-arrangement",
                        "知识产权安排",
                        "IP arrangement",
                        "知识产权归属与权益分配方案是否清晰合理。",
                        "Whether IP ownership and benefit sharing are clear and fair.",
                    ),
                ],
            ),
        ],
        vetoes: vec![
            Veto {
                id: "related-to-demand-side".into(),
                title: text(
                    "与需求方存在关联关系",
                    "Applicant related to the demand side",
                ),
                description: text(
                    "揭榜方与需求方为同一单位或存在控制、共同控制、重大影响、股权或关联交易关系。",
                    "The applicant and the demand side are the same unit or linked by control, joint control, significant influence, equity or related-party transactions.",
                ),
            },
            export_control_veto(),
        ],
        comment_rule: Some(CommentRule {
            below: Points::new(6, 1),
            above: Points::new(9, 1),
        }),
        precision: 2,
    }
}

/// List setting (定榜发榜): the five dimensions on which experts assess a demand.
pub fn demand_assessment() -> Rubric {
    let dimension = |id: &str, zh: &str, en: &str, zh_description: &str, en_description: &str| {
        let mut criterion = criterion(id, (zh, en), (zh_description, en_description), 20, &[]);
        criterion.items.push(SubItem {
            id: format!("{id}-score"),
            title: text(zh, en),
            description: text(zh_description, en_description),
            scale: ten_point_scale(),
            weight: points(1),
        });
        criterion
    };
    Rubric {
        id: "demand-assessment".into(),
        version: 1,
        stage: ReviewStage::DemandAssessment,
        kind: RubricKind::Scored,
        title: text("需求评估表", "Demand assessment"),
        criteria: vec![
            dimension(
                "authenticity",
                "需求真实性",
                "Authenticity",
                "需求是否真实存在、来源可靠。",
                "Whether the need is real and its source reliable.",
            ),
            dimension(
                "foresight",
                "市场前瞻性",
                "Market foresight",
                "需求对应的市场前景与发展趋势。",
                "The market prospects and trends behind the need.",
            ),
            dimension(
                "feasibility",
                "技术可行性",
                "Technical feasibility",
                "以现有技术在周期内解决的可能性。",
                "Whether current technology can solve it within the period.",
            ),
            dimension(
                "demonstration",
                "示范带动性",
                "Demonstration effect",
                "解决后对区域与行业的示范带动作用。",
                "How far a solution would lead the region and the sector.",
            ),
            dimension(
                "cooperation-risk",
                "合作风险性",
                "Cooperation risk",
                "合作中的政治、法律、数据与出口管制风险（分数越高风险越低）。",
                "Political, legal, data and export-control risks of the cooperation (higher means lower risk).",
            ),
        ],
        vetoes: vec![export_control_veto()],
        comment_rule: Some(CommentRule {
            below: Points::new(6, 1),
            above: Points::new(9, 1),
        }),
        precision: 2,
    }
}

/// Appointment (定帅): the expert demonstration of the signed plan, pass or fail
/// with reasons.
pub fn demonstration() -> Rubric {
    Rubric {
        id: "demonstration".into(),
        version: 1,
        stage: ReviewStage::Demonstration,
        kind: RubricKind::PassFail,
        title: text("定帅论证意见", "Demonstration opinion"),
        criteria: vec![],
        vetoes: vec![export_control_veto()],
        comment_rule: None,
        precision: 0,
    }
}

pub fn all() -> Vec<Rubric> {
    vec![pre_review(), demand_assessment(), demonstration()]
}
