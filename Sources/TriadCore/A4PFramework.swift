/// The two frameworks whose areas the tracker tags: Action for Peacekeeping (2018), with the 8 areas of its
/// Declaration of Shared Commitments, and A4P+ (2021-2023), with 7 priorities and 2 cross-cutting themes.
/// Reports keep them apart (DOMAIN.md): an area "not discussed" is reported within its framework.
public enum A4PFramework: String, Slug {
    /// Action for Peacekeeping, 2018.
    case a4p
    /// A4P+, 2021.
    case a4pPlus = "a4p-plus"

    public static let vocabularyName = "A4P framework"

    /// The framework's name as the texts write it.
    public var title: String {
        switch self {
        case .a4p: "A4P"
        case .a4pPlus: "A4P+"
        }
    }

    /// The framework's areas (priorities and cross-cutting themes for A4P+), in the order of the texts.
    public var areas: [A4PArea] {
        A4PArea.allCases.filter { $0.frameworks.contains(self) }
    }

    /// What the framework calls its areas: "A4P areas", "A4P+ priorities and themes".
    public var areasName: String {
        switch self {
        case .a4p: "A4P areas"
        case .a4pPlus: "A4P+ priorities and themes"
        }
    }
}
