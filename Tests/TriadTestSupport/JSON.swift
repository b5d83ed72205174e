import Foundation

/// A JSON document as triad writes it, decoded in Swift so that a test can read any field of it.
public enum JSON: Equatable, Decodable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    /// Decodes a document; throws when it is not JSON.
    public init(_ text: String) throws {
        self = try JSONDecoder().decode(JSON.self, from: Data(text.utf8))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    /// The value of `key` in an object; null when there is none.
    public subscript(key: String) -> JSON {
        if case .object(let fields) = self { return fields[key] ?? .null }
        return .null
    }

    /// The element at `index` of an array; null when there is none.
    public subscript(index: Int) -> JSON {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return .null
    }

    /// The elements of an array; none for any other value.
    public var array: [JSON] {
        if case .array(let elements) = self { return elements }
        return []
    }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var int: Int? {
        if case .number(let value) = self, value == value.rounded() { return Int(value) }
        return nil
    }

    public var double: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// The keys of an object, sorted.
    public var keys: [String] {
        if case .object(let fields) = self { return fields.keys.sorted() }
        return []
    }

    /// The strings of an array of strings.
    public var strings: [String] { array.compactMap(\.string) }

    /// The values of `key` in each object of an array.
    public func map(_ key: String) -> [JSON] { array.map { $0[key] } }
}
