//! Values in messages are written the way each locale writes them: grouped
//! numbers with the locale's separators and digits, yuan as currency, dates in
//! the locale's order and calendar, years never grouped; plurals by the
//! locale's own rules.

use reviewdesk_i18n::{Arg, Language, Localizer};

#[test]
fn numbers_money_dates_and_years_follow_each_locale() {
    // The same text the UI's Intl writes for these values (both follow CLDR).
    let expected = [
        (
            Language::ZhCn,
            "1,234,567.50",
            "¥1,500,000.00",
            "2026年11月26日",
            "2026",
        ),
        (
            Language::En,
            "1,234,567.50",
            "CN¥1,500,000.00",
            "Nov 26, 2026",
            "2026",
        ),
        (
            Language::Vi,
            "1.234.567,50",
            "1.500.000,00\u{a0}CN¥",
            "26 thg 11, 2026",
            "2026",
        ),
        (
            Language::Th,
            "1,234,567.50",
            "CN¥1,500,000.00",
            "26 พ.ย. 2569",
            "2026",
        ),
        (
            Language::Id,
            "1.234.567,50",
            "CN¥1.500.000,00",
            "26 Nov 2026",
            "2026",
        ),
        (
            Language::Ms,
            "1,234,567.50",
            "CN¥1,500,000.00",
            "26 Nov 2026",
            "2026",
        ),
        (
            Language::Fil,
            "1,234,567.50",
            "CN¥1,500,000.00",
            "Nob 26, 2026",
            "2026",
        ),
        (
            Language::Km,
            "1,234,567.50",
            "1,500,000.00\u{a0}CN¥",
            "26 វិច្ឆិកា 2026",
            "2026",
        ),
        (
            Language::Lo,
            "1.234.567,50",
            "CN¥1.500.000,00",
            "26 ພ.ຈ. 2026",
            "2026",
        ),
        (
            Language::My,
            "၁,၂၃၄,၅၆၇.၅၀",
            "၁,၅၀၀,၀၀၀.၀၀\u{a0}CN¥",
            "၂၀၂၆ နို ၂၆",
            "၂၀၂၆",
        ),
    ];
    for (language, decimal, money, date, year) in expected {
        let l = Localizer::new(language);
        let tag = language.tag();
        assert_eq!(
            l.value(Arg::Decimal("1234567.50".into())),
            decimal,
            "{tag} decimal"
        );
        assert_eq!(l.value(Arg::Money(1_500_000)), money, "{tag} money");
        assert_eq!(l.value(Arg::Date("2026-11-26".into())), date, "{tag} date");
        assert_eq!(l.value(Arg::Year(2026)), year, "{tag} year");
    }
}

#[test]
fn bare_strings_are_counts_dates_or_text() {
    let vi = Localizer::new(Language::Vi);
    assert_eq!(vi.value(Arg::infer("1048576")), "1.048.576");
    assert_eq!(vi.value(Arg::infer("2026-11-26")), "26 thg 11, 2026");
    // Ids and codes that merely look numeric stay as written.
    assert_eq!(vi.value(Arg::infer("A001")), "A001");
    assert_eq!(vi.value(Arg::infer("0012")), "0012");
    assert_eq!(vi.value(Arg::infer("2026-13-01")), "2026-13-01");
}

#[test]
fn messages_choose_plurals_by_their_own_rules() {
    let en = Localizer::new(Language::En);
    assert_eq!(
        en.format("demand-applicants", &[("count", "1".into())]),
        "1 applicant"
    );
    assert_eq!(
        en.format("demand-applicants", &[("count", "1200".into())]),
        "1,200 applicants"
    );
}
