/// What an import reads from a file: a line to import, or the problems that stop one.
public enum ContributionImportInput: Sendable {
    case line(ContributionLine)
    case problems([ImportProblem])
}
