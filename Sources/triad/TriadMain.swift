import ArgumentParser
import Foundation

/// The entry point: parses the command line, runs the command, and turns any error into one
/// line on stderr and the exit code CLI.md documents.
@main
enum TriadMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let command: any ParsableCommand
        do {
            command = try Triad.parseAsRoot(arguments)
        } catch {
            exitAsArgumentParser(error)
        }
        do {
            var runnable = command
            try runnable.run()
        } catch {
            guard let failure = ExitStatus(error) else { exitAsArgumentParser(error) }
            Console.standardError.write("error: \(failure.message)\n")
            exit(failure.code)
        }
        exit(0)
    }

    /// Prints help, version and completion output as ArgumentParser does, and its errors as one line
    /// with its exit code: 64 for usage errors.
    private static func exitAsArgumentParser(_ error: any Error) -> Never {
        let code = Triad.exitCode(for: error)
        if code == .success {
            Triad.exit(withError: error)
        }
        let message = Triad.message(for: error).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        Console.standardError.write(
            "error: \(lowercasedFirst(message.replacingOccurrences(of: "Error: ", with: "")))\n")
        exit(code.rawValue)
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
