import ArgumentParser
import TriadCore

extension CompletionKind {
    /// A vocabulary's slugs, offered by the shell's completion (`triad meeting log <TAB>`).
    static func slugs<Vocabulary: Slug>(_ vocabulary: Vocabulary.Type) -> CompletionKind {
        .list(Vocabulary.allCases.map(\.rawValue))
    }
}
