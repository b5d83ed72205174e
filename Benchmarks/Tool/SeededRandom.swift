/// SplitMix64: a small, fast generator whose whole sequence follows from its seed, so that a fixture
/// built twice with the same seed holds the same records.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// An index in `0..<count` where low indexes are far likelier (roughly Zipf), as when a few parties
    /// own most of the actions.
    mutating func skewedIndex(below count: Int) -> Int {
        let uniform = Double.random(in: 0..<1, using: &self)
        return min(count - 1, Int(Double(count) * uniform * uniform * uniform))
    }

    /// True with probability `chance`.
    mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }
}
