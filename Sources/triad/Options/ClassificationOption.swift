import ArgumentParser
import TriadCore

/// `--classification LEVEL`: the level of what a command records, or the new level it sets.
struct ClassificationOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            """
            How far it may travel: unclassified, confidential or strictly-confidential. Private meetings with the \
            contributors and Secretariat briefings are confidential unless told otherwise, other meetings \
            unclassified; agenda items, actions and notes take their meeting's (a note its action's) level unless \
            given their own.
            """, valueName: "level"),
        completion: .slugs(Classification.self), transform: Classification.init(slug:))
    var classification: Classification?
}
