//! The checklist's figures as message arguments: each keeps its kind, so the
//! localizer writes money as currency, dates in the reader's calendar and
//! decimals with the reader's separator.

use reviewdesk_domain::checklist::Figure;
use reviewdesk_i18n::Arg;

pub fn figure_arg(figure: &Figure) -> Arg {
    match figure {
        Figure::Text(text) => Arg::Text(text.clone()),
        Figure::Count(count) => Arg::Count(*count),
        Figure::Decimal(text) => Arg::Decimal(text.clone()),
        Figure::Money(yuan) => Arg::Money(*yuan),
        Figure::Year(year) => Arg::Year(*year),
        Figure::Date(date) => Arg::Date(date.to_string()),
    }
}
