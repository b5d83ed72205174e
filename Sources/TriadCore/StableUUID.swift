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
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, shift) in stride(from: 60, through: 0, by: -4).enumerated() {
            if index == 8 || index == 12 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int((high >> UInt64(shift)) & 0xf)])
        }
        for (index, shift) in stride(from: 60, through: 0, by: -4).enumerated() {
            if index == 0 || index == 4 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int((low >> UInt64(shift)) & 0xf)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The identity of a contribution record: its mission, party and day.
    public static func contribution(mission: String, party: String, asOf: Day) -> String {
        make("contribution:\(mission.uppercased()):\(party.uppercased()):\(asOf)")
    }
}
