// The content streams of each page of a PDF, decompressed, as text: for tests and diagnosis.
import Foundation

public enum PDFPageContents {
    public static func streams(of pdf: Data) throws -> [[String]] {
        let file = try PDFObjects([UInt8](pdf))
        return try file.pages().map { page in
            let contents = try file.dictionary(page)?["Contents"] ?? .null
            return try (try file.resolve(contents).array ?? [contents]).compactMap(\.reference).map { number in
                guard let object = try file.object(number), let data = object.stream else { return "" }
                let flate = object.value.dictionary?.isName("Filter", "FlateDecode") == true
                return String(decoding: flate ? try Flate.decompress(data) : data, as: UTF8.self)
            }
        }
    }
}
