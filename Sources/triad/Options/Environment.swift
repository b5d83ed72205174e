#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's environment variables, read one at a time (`getenv`), without building a copy of
/// the whole environment as `ProcessInfo` does on every access.
enum Environment {
    /// The variable's value; nil when it is unset or empty.
    static subscript(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }
}
