//! The UI's view of the app's IPC surface, generated from the app's own
//! source: the commands `src-tauri/src/main.rs` registers (their names, their
//! arguments as the UI passes them, their results) and the events
//! `src-tauri/src/events.rs` declares (names and payloads), written to
//! `ui/src/generated/ipc.ts`. `backend.ts` calls through these types, so a
//! renamed command, a changed argument or result fails the UI's type check;
//! a test fails when the generated file is stale.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result, bail};
use syn::{FnArg, GenericArgument, Item, PathArguments, ReturnType, Type};

const GENERATED: &str = "ui/src/generated/ipc.ts";
const BINDINGS: &str = "ui/src/generated/bindings.ts";

/// Writes `ui/src/generated/ipc.ts` (with `write`), or fails when it differs
/// from what the app's source says.
pub(crate) fn generate(root: &Path, write: bool) -> Result<()> {
    let text = typescript(root)?;
    let path = root.join(GENERATED);
    if write {
        std::fs::write(&path, text)?;
    } else if std::fs::read_to_string(&path).unwrap_or_default() != text {
        bail!("{GENERATED} is stale: run `cargo xtask codegen`");
    }
    Ok(())
}

struct Command {
    name: String,
    args: Vec<(String, String)>,
    result: String,
}

fn typescript(root: &Path) -> Result<String> {
    let app = root.join("src-tauri/src");
    let registered = registered_commands(&app.join("main.rs"))?;
    let mut commands = Vec::new();
    for (module, name) in &registered {
        let file = parse(&app.join(format!("{module}.rs")))?;
        commands.push(command(&file, name).with_context(|| format!("{module}::{name}"))?);
    }
    let events = events(&parse(&app.join("events.rs"))?)?;
    let bindings = std::fs::read_to_string(root.join(BINDINGS))?;
    let mut used = BTreeSet::new();
    for ty in commands
        .iter()
        .flat_map(|c| c.args.iter().map(|(_, t)| t).chain([&c.result]))
        .chain(events.iter().map(|(_, t)| t))
    {
        for word in ty.split(|c: char| !c.is_alphanumeric() && c != '_') {
            if word.starts_with(char::is_uppercase)
                && !matches!(word, "ArrayBuffer" | "Array" | "Record")
            {
                if !bindings.contains(&format!("export type {word} ")) {
                    bail!("{word} crosses IPC but is not in {BINDINGS}");
                }
                used.insert(word.to_owned());
            }
        }
    }
    let mut out = String::from(
        "// Generated from the app's commands and events by `cargo xtask codegen`;\n\
         // do not edit. A test fails when this file is stale.\n\n",
    );
    let imports: Vec<_> = used.into_iter().collect();
    writeln!(
        out,
        "import type {{ {} }} from \"./bindings\";\n",
        imports.join(", ")
    )?;
    out.push_str("export interface Commands {\n");
    for command in &commands {
        let args = if command.args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            let fields: Vec<_> = command
                .args
                .iter()
                .map(|(n, t)| format!("{n}: {t}"))
                .collect();
            format!("{{ {} }}", fields.join("; "))
        };
        writeln!(
            out,
            "  {}: {{ args: {args}; result: {} }};",
            command.name, command.result
        )?;
    }
    out.push_str("}\n\nexport interface Events {\n");
    for (name, payload) in &events {
        writeln!(out, "  \"{name}\": {payload};")?;
    }
    out.push_str("}\n");
    Ok(out)
}

fn parse(path: &Path) -> Result<syn::File> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    syn::parse_file(&text).with_context(|| path.display().to_string())
}

/// `module::name` of every command in `generate_handler![…]`.
fn registered_commands(main: &Path) -> Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(main)?;
    let start = text
        .find("generate_handler![")
        .context("no generate_handler! in main.rs")?;
    let list = &text[start + "generate_handler![".len()..];
    let list = &list[..list.find(']').context("generate_handler! not closed")?];
    list.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (module, name) = entry.split_once("::").context("command without module")?;
            Ok((module.to_owned(), name.to_owned()))
        })
        .collect()
}

fn command(file: &syn::File, name: &str) -> Result<Command> {
    let function = file
        .items
        .iter()
        .find_map(|item| match item {
            Item::Fn(f) if f.sig.ident == name => Some(f),
            _ => None,
        })
        .context("registered but not found")?;
    let mut args = Vec::new();
    for input in &function.sig.inputs {
        let FnArg::Typed(typed) = input else {
            bail!("a command takes no self");
        };
        // What Tauri itself supplies is not the UI's to pass.
        if matches!(
            last_ident(&typed.ty).as_deref(),
            Some("State" | "AppHandle" | "Window")
        ) {
            continue;
        }
        let syn::Pat::Ident(pattern) = &*typed.pat else {
            bail!("an argument without a plain name");
        };
        args.push((camel_case(&pattern.ident.to_string()), ts_type(&typed.ty)?));
    }
    let result = match &function.sig.output {
        ReturnType::Default => "null".to_owned(),
        ReturnType::Type(_, ty) => ts_type(ty)?,
    };
    Ok(Command {
        name: name.to_owned(),
        args,
        result,
    })
}

/// `(name, payload)` of every `pub const X: Event<P> = Event::new("name");`.
fn events(file: &syn::File) -> Result<Vec<(String, String)>> {
    let mut events = Vec::new();
    for item in &file.items {
        let Item::Const(constant) = item else {
            continue;
        };
        let payload = ts_type(first_generic(&constant.ty).context("Event<P> expected")?)?;
        let syn::Expr::Call(call) = &*constant.expr else {
            bail!("Event::new(\"name\") expected");
        };
        let Some(syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(name),
            ..
        })) = call.args.first()
        else {
            bail!("an event's name must be a string literal");
        };
        let payload = match payload.as_str() {
            "ImportProgressEvent" => struct_type(file, "ImportProgressEvent")?,
            _ => payload,
        };
        events.push((name.value(), payload));
    }
    Ok(events)
}

/// A payload struct declared beside the events, as a TypeScript object type.
fn struct_type(file: &syn::File, name: &str) -> Result<String> {
    let declared = file
        .items
        .iter()
        .find_map(|item| match item {
            Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        })
        .with_context(|| format!("{name} not declared in events.rs"))?;
    let fields: Result<Vec<_>> = declared
        .fields
        .iter()
        .map(|f| {
            let name = f.ident.as_ref().context("a named field")?;
            Ok(format!("{name}: {}", ts_type(&f.ty)?))
        })
        .collect();
    Ok(format!("{{ {} }}", fields?.join("; ")))
}

fn last_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        Type::Reference(reference) => last_ident(&reference.elem),
        _ => None,
    }
}

fn first_generic(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let PathArguments::AngleBracketed(arguments) = &path.path.segments.last()?.arguments else {
        return None;
    };
    arguments.args.iter().find_map(|a| match a {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// A Rust type as the UI receives it over IPC (serde's JSON, as ts-rs writes
/// the same types in `bindings.ts`).
fn ts_type(ty: &Type) -> Result<String> {
    if let Type::Tuple(tuple) = ty {
        if tuple.elems.is_empty() {
            return Ok("null".to_owned());
        }
    }
    if let Type::Reference(reference) = ty {
        return ts_type(&reference.elem);
    }
    let name = last_ident(ty).with_context(|| format!("unsupported type {}", quote_type(ty)))?;
    let inner = || {
        first_generic(ty)
            .context("a type argument")
            .and_then(ts_type)
    };
    Ok(match name.as_str() {
        "String" | "str" => "string".to_owned(),
        "bool" => "boolean".to_owned(),
        "usize" | "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "f64" => "number".to_owned(),
        // A command's reply: the error half arrives as a rejected promise.
        "Reply" | "Result" => inner()?,
        "Option" => format!("{} | null", inner()?),
        "Vec" => format!("Array<{}>", inner()?),
        // Raw bytes, not JSON.
        "Response" => "ArrayBuffer".to_owned(),
        other => other.to_owned(),
    })
}

fn quote_type(ty: &Type) -> String {
    use quote::ToTokens as _;
    ty.to_token_stream().to_string()
}

fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// The committed `ui/src/generated/ipc.ts` says what the app's source
    /// says; `UPDATE_GENERATED=1` rewrites it.
    #[test]
    fn the_generated_ipc_surface_is_current() {
        let root = crate::repository_root();
        let write = std::env::var_os("UPDATE_GENERATED").is_some();
        if let Err(error) = super::generate(&root, write) {
            panic!("{error:#}");
        }
    }
}
