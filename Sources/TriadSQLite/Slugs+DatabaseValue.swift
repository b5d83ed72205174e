import GRDB
import TriadCore

/// Slugs are stored as their raw text; the schema's CHECK constraints hold the same vocabularies.
extension PartyKind: DatabaseValueConvertible {}
extension MeetingKind: DatabaseValueConvertible {}
extension MissionType: DatabaseValueConvertible {}
extension Classification: DatabaseValueConvertible {}
extension MeetingStatus: DatabaseValueConvertible {}
extension MeetingMode: DatabaseValueConvertible {}
extension A4PArea: DatabaseValueConvertible {}
extension ActionStatus: DatabaseValueConvertible {}
extension ActionPriority: DatabaseValueConvertible {}
extension PositionKind: DatabaseValueConvertible {}
extension PositionTopic: DatabaseValueConvertible {}
extension UptakeStatus: DatabaseValueConvertible {}
