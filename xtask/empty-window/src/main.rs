//! An empty Tauri window: the same Tauri version, features and release profile as
//! ReviewDesk, and a page with one heading. Benchmarks compare against it.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .unwrap_or_else(|error| {
            eprintln!("could not start: {error}");
            std::process::exit(1);
        });
}
