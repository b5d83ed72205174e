import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `--up-to LEVEL`: what a command prints leaves out every record classified above the level, and counts
/// what it left out.
struct UpToOption: ParsableArguments {
    @Option(
        name: .customLong("up-to"),
        help: ArgumentHelp(
            """
            Leave out what is classified above this level (unclassified, confidential or strictly-confidential), \
            as for a reader cleared up to it; what is left out is counted, never described.
            """, valueName: "level"),
        completion: .slugs(Classification.self), transform: Classification.init(slug:))
    var level: Classification?

    /// What `gather` reads at the level asked, and, when a level is asked, what it reads of the whole record,
    /// to count what the first leaves out.
    func read<Facts>(_ store: any RecordStore, _ gather: (any StoreReader) throws -> Facts) throws
        -> (visible: Facts, full: Facts?)
    {
        guard let level else { return (try store.read(gather), nil) }
        return (try store.read(upTo: level, gather), try store.read(gather))
    }
}

extension UpToOption {
    /// What `gather` reads at the level asked, or of the whole record when none is asked.
    func readVisible<Facts>(_ store: any RecordStore, _ gather: (any StoreReader) throws -> Facts) throws -> Facts {
        guard let level else { return try store.read(gather) }
        return try store.read(upTo: level, gather)
    }

    /// One record read at the level asked: `withheld` names it when the whole record holds it but the level
    /// hides it (exit 77), so that an unknown one and a withheld one are told apart for the one who asked.
    func readOne<Record>(_ store: any RecordStore, _ record: String, _ gather: (any StoreReader) throws -> Record)
        throws -> Record
    {
        guard let level else { return try store.read(gather) }
        do {
            return try store.read(upTo: level, gather)
        } catch {
            guard (try? store.read(gather)) != nil else { throw error }
            throw CommandError.withheld(record: record, upTo: level)
        }
    }

    /// Says on standard error what a list left out, when it left anything: the list itself stays a plain
    /// table, CSV or JSON array.
    func report(_ withheld: Withheld) {
        guard let sentence = withheld.sentence else { return }
        Console.standardError.write(sentence + "\n")
    }
}

extension UpToOption {
    /// A meeting's minutes at the level asked, counting the agenda items, actions and notes the level hides.
    func minutes(of meeting: MeetingID, asOf day: Day, in store: any RecordStore) throws -> MinutesReport {
        let gather = { (reader: any StoreReader) in
            MinutesReport(
                meeting: try reader.meetingDetail(meeting),
                actions: try reader.actions(ActionFilter(meeting: meeting, status: .all), asOf: day),
                positions: try reader.positions(PositionFilter(meeting: meeting)))
        }
        var minutes = try readOne(store, meeting.description, gather)
        if let level {
            let full = try store.read(gather)
            minutes.withheld = Withheld(
                upTo: level, meetings: [], visible: [], actions: full.actions, visibleActions: minutes.actions,
                agendaItems: full.meeting.agenda.count - minutes.meeting.agenda.count)
        }
        return minutes
    }
}
