import ArgumentParser
import TriadCore

/// `--owner`, `--group` and `--mission`: whose actions, and about which mission, a list or report covers.
struct ActionScopeOptions: ParsableArguments {
    @Option(help: "Only actions this party owns.")
    var owner: String?

    @Option(
        help: "Only actions whose owner is in this group on the as-of day.", completion: .slugs(StakeholderGroup.self),
        transform: StakeholderGroup.init(slug:))
    var group: StakeholderGroup?

    @Option(help: "Only actions concerning this mission, directly or through their meeting.")
    var mission: String?
}
