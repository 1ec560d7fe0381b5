//! `sqlx::migrate!` compiles in the files of migrations/ it sees at build time; this makes
//! cargo rebuild when a file is added there, not only when a known one changes.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
