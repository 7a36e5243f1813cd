/// `--raw`: CSV and TSV as stored, for programs. By default a text cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a `'` first, so that a spreadsheet shows it
/// instead of running it as a formula; numbers are never changed.
enum RawCells {
    static let help = "With csv or tsv: write text cells as stored, for programs. Without it, a cell that starts with =, +, -, @, "
        + "a tab or a carriage return gets a ' first, so that a spreadsheet shows it instead of running it (numbers are left as they are)."
}
