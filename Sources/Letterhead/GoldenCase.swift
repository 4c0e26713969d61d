// One golden case: a source document and the reference PDF its rendering is compared with.
import Foundation

public struct GoldenCase: Sendable, CustomStringConvertible {
    /// "Examples/ind-stand-van-de-uitvoering", "Cases/short-nota": the source's path without `.md`.
    public var name: String
    public var source: URL
    public var reference: URL

    public var description: String { name }
    /// The source's file name without `.md`: the name of the actual PDF and of the images written for it.
    public var baseName: String { source.deletingPathExtension().lastPathComponent }

    /// Whether `name` names this case: its full name ("Cases/short-nota") or its base name ("short-nota").
    public func isNamed(_ name: String) -> Bool { name == self.name || name == baseName }
}
