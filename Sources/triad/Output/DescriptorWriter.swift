import Foundation

/// Writes the whole of a text to a file descriptor, as UTF-8, writing again after a partial write or an
/// interruption.
enum DescriptorWriter {
    /// - Returns: the system's error number when a write failed (nil when every byte was written).
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return written < 0 ? errno : EIO }
                offset += written
            }
            return nil
        }
    }
}
