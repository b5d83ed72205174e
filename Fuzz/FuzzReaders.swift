// A libFuzzer target for the readers of files users bring: contribution CSV files and JSON bundles.
// Built and run by Fuzz/run.sh, never by `swift test`. Any input may be refused; none may crash.
import Foundation
import TriadCore
import TriadInterchange
import TriadStore

private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("triad-fuzz-\(getpid()).csv").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    // The bundle reader: it must refuse what is not a bundle, or a value the domain refuses, with an error,
    // never trap.
    _ = try? TriadBundle.read(bytes)
    // The CSV readers: every row of any file becomes a line or problems.
    FileManager.default.createFile(atPath: scratch, contents: bytes)
    for columns in [nil, ContributionColumns(date: "d", party: "p", mission: "m", troops: "t", police: "x")] {
        guard let reader = try? ContributionFileReader(path: scratch, columns: columns) else { continue }
        var rows = 0
        while let item = reader.next(), rows < 10_000 {
            rows += 1
            if case .line(let line) = item { precondition(line.personnel.total >= 0) }
        }
    }
    if let records = try? CSVRecordReader(path: scratch) {
        while (try? records.next()) != nil {}
    }
    return 0
}
