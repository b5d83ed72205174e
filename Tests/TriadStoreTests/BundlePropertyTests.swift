import Foundation
import PropertyBased
import Testing
import TriadCore
@testable import TriadSQLite
import TriadStore

/// The bundle reader over generated input: bundles survive JSON both ways, and any bytes are either read
/// or refused with an error.
@Suite("Bundle properties")
struct BundlePropertyTests {
    static let text = Gen.element(of: Array("aZ 9'\"\\/,;é中\u{202E}\n{}[]:")).compactMap { $0 }.string(of: 0...20)

    @Test("a bundle encodes and decodes to itself")
    func roundTrip() async {
        await propertyCheck(count: 300, input: BundlePropertyTests.text.array(of: 1...4), Gen.int(in: 1...9_999)) {
            texts, number in
            var bundle = TriadBundle()
            bundle.parties = texts.map {
                TriadBundle.Party(
                    code: $0, name: $0, kind: .state, createdAt: Timestamp(millisecondsSince1970: Int64(number)),
                    updatedAt: Timestamp(millisecondsSince1970: Int64(number) * 1_000), isReference: false)
            }
            bundle.journal = texts.map {
                TriadBundle.Command(
                    uuid: $0, at: Timestamp(millisecondsSince1970: Int64(number)), actor: $0, commandLine: $0,
                    summary: $0,
                    changes: [
                        TriadBundle.Change(
                            entity: $0, rowKey: Int64(number), operation: "update", before: $0, after: nil)
                    ])
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            guard let data = try? encoder.encode(bundle),
                let back = try? JSONDecoder().decode(TriadBundle.self, from: data)
            else {
                Issue.record("a bundle did not survive JSON")
                return
            }
            #expect(back == bundle)
            // Read a record at a time (brackets, quotes and escapes inside strings are not structure).
            #expect((try? TriadBundle.read(data)) == bundle)
        }
    }

    @Test("any text is read as a bundle or refused with an error that says why")
    func hostileInput() async {
        await propertyCheck(count: 1_000, input: BundlePropertyTests.text) { text in
            let document = "{\"format\":\"triad-bundle\",\"version\":1,\"parties\":[\(text)]}"
            for candidate in [text, document] {
                do {
                    _ = try TriadBundle.read(Data(candidate.utf8))
                } catch BundleReadingError.notABundle(let problem) {
                    #expect(!problem.isEmpty)
                } catch StoreError.invalidBundle(let reason) {
                    #expect(!reason.isEmpty)
                } catch BundleReadingError.holdsNul {
                    #expect(candidate.contains("\\u0000"))
                } catch {
                    Issue.record("\(candidate) was refused with \(error)")
                }
            }
        }
    }
}
