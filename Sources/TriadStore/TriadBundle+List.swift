extension TriadBundle {
    /// A list of the bundle, in the order its JSON names them (its keys are sorted).
    public enum List: String, CaseIterable, Comparable, Sendable {
        case actions, contributions, councilSeats, journal, mandates, meetings, missions, parties, positions

        /// The first bundle version that has the list: an older bundle lacks it, and holds none of its records.
        public var since: Int { self == .positions ? 2 : 1 }

        public static func < (lhs: List, rhs: List) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}
