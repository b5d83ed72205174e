/// A domain error prints as its message, which is how ArgumentParser shows an option's transform failure.
extension DomainError: CustomStringConvertible {
    public var description: String { message }
}
