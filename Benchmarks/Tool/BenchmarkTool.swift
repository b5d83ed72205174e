import ArgumentParser

/// The benchmark suite's helper: builds fixtures and runs the baselines that triad is measured against.
/// Not a user feature; `Benchmarks/run.sh` drives it.
@main
struct BenchmarkTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triad-bench",
        abstract: "Fixtures and baselines for triad's benchmark suite.",
        subcommands: [
            FixtureCommand.self, ContributionFileCommand.self, RawImportCommand.self, OpenActionsCommand.self,
        ])
}
