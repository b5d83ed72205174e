/// Shares as reports write them in JSON: a fraction rounded to four decimals, so outputs are stable.
enum Share {
    static func of(_ part: Int, in whole: Int) -> Double {
        whole == 0 ? 0 : rounded(Double(part) / Double(whole))
    }

    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
