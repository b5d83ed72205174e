/// A PostgreSQL connection URI as users write it (`postgresql://user:password@host:port/db?param=value`).
public enum ConnectionURI {
    /// The URI with its password (in the user part, or a `password=` parameter) replaced by `***`, so that
    /// it can appear in a message, the journal or the history.
    public static func redacted(_ uri: String) -> String {
        var text = uri
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@"),
                let colon = rest[..<at].firstIndex(of: ":")
            {
                text.replaceSubrange(text.index(after: colon)..<at, with: "***")
            }
        }
        guard let query = text.firstIndex(of: "?") else { return text }
        let parameters = text[text.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false)
            .map { parameter -> String in
                let name = parameter.prefix { $0 != "=" }
                return name.lowercased() == "password" ? "\(name)=***" : String(parameter)
            }
        return text[...query] + parameters.joined(separator: "&")
    }
}
