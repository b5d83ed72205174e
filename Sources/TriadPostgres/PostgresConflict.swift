/// The server gave up a transaction that conflicted with another (serialization failure `40001`, deadlock
/// `40P01`) and asks for it to be run again: the store retries it, and the user never sees it.
struct PostgresConflict: Error {
    let state: String
}
