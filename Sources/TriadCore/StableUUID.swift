/// Name-based identifiers: the same name gives the same UUID in every office's database, so that two
/// offices importing the same UN statistics, or recording the same figure, hold one record, not two.
public enum StableUUID {
    /// A version 8 (custom) UUID from two 64-bit FNV-1a hashes of the name's UTF-8 bytes.
    public static func make(_ name: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in name.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = second ^ (second >> 29)
        }
        let high = (first & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000
        let low = (second & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000
        let hex = hex16(high) + hex16(low)
        let characters = Array(hex)
        return String(characters[0..<8]) + "-" + String(characters[8..<12]) + "-" + String(characters[12..<16]) + "-"
            + String(characters[16..<20]) + "-" + String(characters[20..<32])
    }

    /// The identity of a contribution record: its mission, party and day.
    public static func contribution(mission: String, party: String, asOf: Day) -> String {
        make("contribution:\(mission.uppercased()):\(party.uppercased()):\(asOf)")
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
