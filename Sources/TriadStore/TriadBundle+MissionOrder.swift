import TriadCore

extension TriadBundle.Mission {
    /// The missions in an order that writes each one's predecessor before it, when both are in the bundle;
    /// otherwise by acronym.
    public static func predecessorsFirst(_ missions: [TriadBundle.Mission]) -> [TriadBundle.Mission] {
        var waiting = missions
        var written = Set<String>()
        var ordered: [TriadBundle.Mission] = []
        let inBundle = Set(missions.map { $0.acronym.uppercased() })
        while !waiting.isEmpty {
            let (ready, blocked) = waiting.reduce(into: ([TriadBundle.Mission](), [TriadBundle.Mission]())) {
                let predecessor = $1.predecessor?.uppercased()
                let isReady = predecessor.map { !inBundle.contains($0) || written.contains($0) } ?? true
                if isReady { $0.0.append($1) } else { $0.1.append($1) }
            }
            // A loop of predecessors cannot be ordered; its members go in as they come and the merge refuses them.
            let next = ready.isEmpty ? blocked : ready
            ordered += next
            written.formUnion(next.map { $0.acronym.uppercased() })
            waiting = ready.isEmpty ? [] : blocked
        }
        return ordered
    }
}
