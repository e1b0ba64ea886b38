//! Values inside messages, formatted the way the reader's locale writes them:
//! numbers grouped and with the locale's digits and separators, amounts of
//! money as currency, dates in the locale's calendar and order.
//!
//! Fluent leaves this to the host: its own NUMBER neither groups digits nor
//! knows currencies, so every bundle gets [`format_number`] as its formatter,
//! backed by ICU4X with CLDR data, and dates travel as a custom Fluent type.
//! The UI does the same with `Intl` (`ui/src/i18n.ts`), which follows the same
//! CLDR data, so both sides write a value identically.

use std::borrow::Cow;
use std::str::FromStr;

use fixed_decimal::Decimal;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberStyle, FluentType};
use fluent_bundle::{FluentArgs, FluentValue};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_decimal::DecimalFormatter;
use icu_decimal::options::GroupingStrategy;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_locale_core::Locale;
use icu_locale_core::preferences::extensions::unicode::keywords::CurrencyType;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// The currency of every amount in the programme: the guideline counts in yuan.
const CURRENCY: &str = "CNY";

/// A value given to a message, with what it is, so it is written as such.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Words, names and ids: written as given.
    Text(String),
    /// A whole number of things: grouped, and chooses plural forms.
    Count(u64),
    /// An exact decimal written in the source as digits with a `.`, such as a
    /// score `85.50`: its places are kept and its separators localized.
    Decimal(String),
    /// An amount of yuan.
    Money(u64),
    /// A calendar year: never grouped.
    Year(i32),
    /// A calendar date, given as `YYYY-MM-DD`.
    Date(String),
}

impl Arg {
    /// What a bare string most likely is: a canonical whole number (no sign, no
    /// leading zeros, so "A001" or "0012" stay text) is a count, `YYYY-MM-DD`
    /// is a date, anything else is text. Decimals, money and years are never
    /// guessed: their callers say so.
    pub fn infer(value: &str) -> Self {
        match value.parse::<u64>() {
            Ok(number) if number.to_string() == value => Self::Count(number),
            _ if parse_date(value).is_some() => Self::Date(value.to_owned()),
            _ => Self::Text(value.to_owned()),
        }
    }

    fn into_fluent(self) -> FluentValue<'static> {
        match self {
            Self::Text(text) => FluentValue::from(text),
            Self::Count(count) => FluentValue::from(count),
            Self::Decimal(text) => match text.parse::<f64>() {
                Ok(value) => {
                    let places = text.split_once('.').map_or(0, |(_, f)| f.len());
                    let mut number = FluentNumber::new(value, FluentNumberOptions::default());
                    number.options.minimum_fraction_digits = Some(places);
                    FluentValue::Number(number)
                }
                Err(_) => FluentValue::from(text),
            },
            Self::Money(yuan) => {
                let mut number = FluentNumber::new(yuan as f64, FluentNumberOptions::default());
                number.options.style = FluentNumberStyle::Currency;
                number.options.currency = Some(CURRENCY.to_owned());
                FluentValue::Number(number)
            }
            Self::Year(year) => {
                let mut number = FluentNumber::new(f64::from(year), FluentNumberOptions::default());
                number.options.use_grouping = false;
                FluentValue::Number(number)
            }
            Self::Date(text) => match parse_date(&text) {
                Some((year, month, day)) => FluentValue::Custom(Box::new(CalendarDate {
                    year,
                    month,
                    day,
                    text,
                })),
                None => FluentValue::from(text),
            },
        }
    }
}

pub(crate) fn fluent_args(args: Vec<(&str, Arg)>) -> FluentArgs<'static> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(name.to_owned(), value.into_fluent());
    }
    fluent
}

fn parse_date(text: &str) -> Option<(i32, u8, u8)> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = text[..4].parse().ok()?;
    let month = text[5..7].parse().ok()?;
    let day = text[8..].parse().ok()?;
    Date::try_new_iso(year, month, day).ok()?;
    Some((year, month, day))
}

fn locale(language: &LanguageIdentifier) -> Locale {
    Locale::from_str(&language.to_string()).unwrap_or(Locale::UNKNOWN)
}

/// The bundles' formatter: numbers (and currency amounts) in the locale's way.
/// `None` leaves other values to Fluent.
pub(crate) fn format_number(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let mut decimal = Decimal::from_str(&number.value.to_string()).ok()?;
    let places = number.options.minimum_fraction_digits.unwrap_or(0);
    decimal
        .absolute
        .pad_end(-i16::try_from(places).unwrap_or(i16::MAX));
    if number.options.style == FluentNumberStyle::Currency {
        let code = number.options.currency.clone()?;
        return intls
            .with_try_get::<Money, _, _>(code, |money| {
                money.0.format_fixed_decimal(&decimal).to_string()
            })
            .ok();
    }
    intls
        .with_try_get::<Numbers, _, _>(number.options.use_grouping, |numbers| {
            numbers.0.format(&decimal).to_string()
        })
        .ok()
}

struct Numbers(DecimalFormatter);

impl Memoizable for Numbers {
    /// Whether digits are grouped.
    type Args = bool;
    type Error = String;

    fn construct(language: LanguageIdentifier, grouped: bool) -> Result<Self, String> {
        let strategy = if grouped {
            GroupingStrategy::Auto
        } else {
            GroupingStrategy::Never
        };
        DecimalFormatter::try_new((&locale(&language)).into(), strategy.into())
            .map(Self)
            .map_err(|error| error.to_string())
    }
}

struct Money(CurrencyFormatter<DecimalFormatter>);

impl Memoizable for Money {
    /// The ISO 4217 code.
    type Args = String;
    type Error = String;

    fn construct(language: LanguageIdentifier, code: String) -> Result<Self, String> {
        let currency = CurrencyType::try_from_str(&code.to_ascii_lowercase())
            .map_err(|error| error.to_string())?;
        CurrencyFormatter::try_new_symbol((&locale(&language)).into(), currency, Default::default())
            .map(Self)
            .map_err(|error| error.to_string())
    }
}

struct Dates(DateTimeFormatter<YMD>);

impl Memoizable for Dates {
    type Args = ();
    type Error = String;

    fn construct(language: LanguageIdentifier, (): ()) -> Result<Self, String> {
        DateTimeFormatter::try_new((&locale(&language)).into(), YMD::medium())
            .map(Self)
            .map_err(|error| error.to_string())
    }
}

/// A date as a Fluent value, written in the reader's calendar (Thai readers
/// see the Buddhist era, as their systems show it).
#[derive(Debug, Clone, PartialEq)]
struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
    /// The ISO text, written when no formatter can be had.
    text: String,
}

impl CalendarDate {
    fn written(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        let Ok(date) = Date::try_new_iso(self.year, self.month, self.day) else {
            return Cow::Owned(self.text.clone());
        };
        intls
            .with_try_get::<Dates, _, _>((), |dates| dates.0.format(&date).to_string())
            .map_or_else(|_| Cow::Owned(self.text.clone()), Cow::Owned)
    }
}

impl FluentType for CalendarDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _intls: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        // Only concurrent bundles are built here; a single-threaded one would
        // still get the unformatted date rather than nothing.
        Cow::Owned(self.text.clone())
    }

    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        self.written(intls)
    }
}
