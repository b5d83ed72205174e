import ArgumentParser
import Foundation
import TriadCore
import TriadInterchange
import TriadStore

/// The one place that decides, from an error, the sentence the user sees and the exit code (CLI.md).
struct ExitStatus {
    /// The sentence, without the `error:` prefix.
    let message: String
    /// The process exit code.
    let code: Int32

    static let usage: Int32 = 64
    static let data: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let software: Int32 = 70
    static let ioError: Int32 = 74
    static let temporaryFailure: Int32 = 75
    static let noPermission: Int32 = 77

    /// The status for an error thrown while running a command; nil for ArgumentParser's own
    /// (help, exit codes, validation), which it reports itself.
    init?(_ error: any Error) {
        switch error {
        case let error as DomainError:
            self.init(message: error.message, code: error.isUsageError ? ExitStatus.usage : ExitStatus.data)
        case let error as StoreError:
            self.init(message: error.message, code: ExitStatus.code(for: error))
        case let error as InterchangeError:
            self.init(message: error.message, code: ExitStatus.code(for: error))
        case let error as CommandError:
            self.init(message: error.message, code: ExitStatus.code(for: error))
        case let error as UsageError:
            self.init(message: error.message, code: ExitStatus.usage)
        case is ExitCode, is CleanExit, is ValidationError:
            return nil
        case _ where String(reflecting: type(of: error)).hasPrefix("ArgumentParser."):
            return nil
        default:
            self.init(
                message: "internal error (\(error)); please report it with the command you ran.",
                code: ExitStatus.software)
        }
    }

    private init(message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    private static func code(for error: StoreError) -> Int32 {
        switch error {
        case .busy, .newerSchema: temporaryFailure
        case .cannotWrite, .backupExists: ioError
        case .serverUnreachable, .missingDatabase, .clientLibraryMissing: unavailable
        case .accessDenied, .undoOfAnother, .noClearance, .aboveClearance, .notTheOwner: noPermission
        case .serverStatementFailed: software
        default: data
        }
    }

    private static func code(for error: InterchangeError) -> Int32 {
        switch error {
        case .unreadable: noInput
        case .empty, .missingColumn, .unknownLayout, .malformed: data
        }
    }

    private static func code(for error: CommandError) -> Int32 {
        switch error {
        case .unreadableInput: noInput
        case .cannotWriteOutput: ioError
        case .inputHoldsNul, .notABundle, .importRefused, .summariesOutOfStep: data
        case .withheld: noPermission
        }
    }
}
