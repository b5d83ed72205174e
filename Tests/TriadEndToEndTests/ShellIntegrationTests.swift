import Foundation
import Testing
import TriadTestSupport

/// What a user installs beside the binary: the shell's completion, and the pointer to the manual.
@Suite("Shell completion and the manual")
struct ShellIntegrationTests {
    @Test("--help names the manual and the completion scripts")
    func help() throws {
        let help = try TriadProcess().succeed(["--help"])
        #expect(help.contains("'man triad'") && help.contains("'triad --generate-completion-script bash'"))
    }

    @Test("the README's bash line: sourced, it completes commands and the values of a vocabulary")
    func bash() throws {
        let triad = try TriadProcess()
        let script = triad.folder.appendingPathComponent("triad.bash")
        try Data(try triad.succeed(["--generate-completion-script", "bash"]).utf8).write(to: script)
        // What bash asks the function when the user presses tab after the words typed so far.
        func completions(_ line: String) throws -> String {
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map { "'\($0)'" }
            let result = try ExternalTool.run([
                "bash", "-c",
                """
                shopt -s extglob; source '\(script.path)'
                COMP_WORDS=(\(words.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                _triad; echo "${COMPREPLY[*]}"
                """,
            ])
            #expect(result.status == 0, "\(result.output)")
            return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let registered = try ExternalTool.run(["bash", "-c", "source '\(script.path)'; complete -p triad"])
        #expect(registered.output.contains("-F _triad triad"))
        #expect(try completions("triad mis").split(separator: " ").contains("mission"))
        #expect(try completions("triad mission phase UNIFIL ") == "active drawdown withdrawal liquidation closed")
        #expect(try completions("triad meeting log ").split(separator: " ").contains("interactive-dialogue"))
    }

    @Test("zsh and fish scripts name every command")
    func otherShells() throws {
        let triad = try TriadProcess()
        let zsh = try triad.succeed(["--generate-completion-script", "zsh"])
        let fish = try triad.succeed(["--generate-completion-script", "fish"])
        #expect(zsh.hasPrefix("#compdef triad"))
        for command in ["mission", "meeting", "action", "report", "export", "import", "undo", "demo"] {
            #expect(zsh.contains("'\(command):") && fish.contains("-fa '\(command)'"), "\(command)")
        }
    }
}
