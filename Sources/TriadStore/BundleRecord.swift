/// One record of a bundle as an export hands it on, so that a bundle of any size is written one record at a
/// time. Records come list by list, in the order the bundle's JSON names its lists (``TriadBundle/lists``);
/// a command comes without its changes, which follow it one by one.
public enum BundleRecord: Sendable {
    case action(TriadBundle.Action)
    case contribution(TriadBundle.Contribution)
    case councilSeat(TriadBundle.Seat)
    /// A command of the journal, its `changes` empty: they follow as ``change(_:)``.
    case command(TriadBundle.Command)
    /// A change of the command last handed on.
    case change(TriadBundle.Change)
    case mandate(TriadBundle.Mandate)
    case meeting(TriadBundle.Meeting)
    case mission(TriadBundle.Mission)
    case party(TriadBundle.Party)
    case position(TriadBundle.Position)

    /// The bundle's list it belongs to.
    public var list: TriadBundle.List {
        switch self {
        case .action: .actions
        case .contribution: .contributions
        case .councilSeat: .councilSeats
        case .command, .change: .journal
        case .mandate: .mandates
        case .meeting: .meetings
        case .mission: .missions
        case .party: .parties
        case .position: .positions
        }
    }
}
