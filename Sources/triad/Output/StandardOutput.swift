import Foundation

/// Redirecting the process's standard output, for commands that run other commands quietly.
enum StandardOutput {
    /// Runs `body` with standard output sent to /dev/null, restoring it afterwards.
    static func silenced<T>(_ body: () throws -> T) throws -> T {
        let saved = dup(STDOUT_FILENO)
        let null = open("/dev/null", O_WRONLY)
        guard saved >= 0, null >= 0 else { return try body() }
        dup2(null, STDOUT_FILENO)
        close(null)
        defer {
            dup2(saved, STDOUT_FILENO)
            close(saved)
        }
        return try body()
    }
}
