/// A corner of the triangle, or the partners around it.
///
/// A party's groups are never stored: they follow on a given day from its Council
/// seats, its contributions to the missions in question, and its kind.
public enum StakeholderGroup: String, Slug, Comparable {
    /// Members of the Security Council.
    case council
    /// Troop- and police-contributing countries.
    case contributors
    /// The UN Secretariat.
    case secretariat
    /// Host states, regional organizations and other partners.
    case partners

    public static let vocabularyName = "stakeholder group"

    /// The three groups whose joint presence makes a meeting triangular.
    public static let triangle: Set<StakeholderGroup> = [.council, .contributors, .secretariat]

    /// The groups of a party on a day, from the facts of that day.
    /// - Parameters:
    ///   - kind: the party's kind.
    ///   - holdsCouncilSeat: whether it holds a Council seat that day.
    ///   - contributes: whether it has personnel deployed that day in a mission concerned.
    /// - Returns: the groups in triangle order; `partners` only when it is in none of the three.
    public static func groups(kind: PartyKind, holdsCouncilSeat: Bool, contributes: Bool) -> [StakeholderGroup] {
        var groups: [StakeholderGroup] = []
        if holdsCouncilSeat { groups.append(.council) }
        if contributes { groups.append(.contributors) }
        if kind == .secretariat { groups.append(.secretariat) }
        return groups.isEmpty ? [.partners] : groups
    }

    /// Whether these groups together include council, contributors and secretariat.
    public static func isTriangular(_ groups: some Sequence<StakeholderGroup>) -> Bool {
        triangle.isSubset(of: Set(groups))
    }

    public static func < (lhs: StakeholderGroup, rhs: StakeholderGroup) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
