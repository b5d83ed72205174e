/// An input file that is missing or unreadable (exit 66), or that cannot be written (exit 74).
struct InputError: Error {
    let message: String
    let code: Int32
}
