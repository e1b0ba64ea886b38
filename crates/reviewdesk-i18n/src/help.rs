//! Command-line help in the reader's language: the two binaries declare
//! their commands with clap and take every help text from Fluent.

use crate::Localizer;

/// Replaces the help of the command at `prefix`, its arguments and its
/// subcommands with the messages `<prefix>`, `<prefix>-<arg>` and
/// `<prefix>-<subcommand>…` where the locale has them.
pub fn localized_help(mut command: clap::Command, l: &Localizer, prefix: &str) -> clap::Command {
    if l.has(prefix) {
        command = command.about(l.format(prefix, &[]));
    }
    let arguments: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for argument in arguments {
        let id = format!("{prefix}-{argument}");
        if l.has(&id) {
            command = command.mut_arg(argument, |a| a.help(l.format(&id, &[])));
        }
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(&name, |sub| {
            localized_help(sub, l, &format!("{prefix}-{name}"))
        });
    }
    command
}
