// Reading a whole PDF's objects and writing them anew: renumbered, unreachable objects left out, offsets right.
@testable import LetterheadPaint
import XCTest

final class PDFObjectsTests: XCTestCase {
    /// A small file as Cairo writes them: objects out of order, an indirect /Length, a comment in a dictionary.
    private let sample: [UInt8] = {
        var text = "%PDF-1.5\n%binary\n"
        var offsets: [Int: Int] = [:]
        func object(_ number: Int, _ body: String) {
            offsets[number] = text.utf8.count
            text += "\(number) 0 obj\n\(body)\nendobj\n"
        }
        object(4, "<< /Length 5 0 R >>\nstream\nBT ET\nendstream")
        object(5, "   5")
        object(3, "<< /Type /Page % 1\n   /Parent 2 0 R /Contents 4 0 R >>")
        object(2, "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>")
        object(6, "<< /Unused true >>")
        object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        let table = text.utf8.count
        text += "xref\n0 7\n0000000000 65535 f \n"
        for number in 1...6 { text += String(format: "%010d 00000 n \n", offsets[number]!) }
        text += "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Array(text.utf8)
    }()

    func testReadsObjectsStreamsAndPages() throws {
        let file = try PDFObjects(sample)
        XCTAssertEqual(file.version, "1.5")
        XCTAssertEqual(try file.object(4)?.stream, Array("BT ET".utf8))
        XCTAssertEqual(try file.pages(), [3])
        XCTAssertEqual(try file.dictionary(3)?["Parent"], .reference(2))
        XCTAssertEqual(file.numbers, [1, 2, 3, 4, 5, 6])
        XCTAssertTrue(file.opening(of: 3).contains(marker: "/Type /Page"))
    }

    func testWritingCopiesWhatIsUnchangedAndFreesWhatWasRemoved() throws {
        let file = try PDFObjects(sample)
        let added = file.add(.dictionary(PDFDictionary(["Type": .name("Metadata")])), stream: Array("xml".utf8))
        var root = try XCTUnwrap(file.dictionary(1))
        root["Metadata"] = .reference(added)
        try file.set(1, .dictionary(root))
        try file.setStream(4, Array("BT /F1 9 Tf ET".utf8))
        file.remove(6)
        let written = try file.written()
        let text = String(decoding: written, as: UTF8.self)
        XCTAssertTrue(text.contains("3 0 obj\n<< /Type /Page % 1\n   /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"), "copied as it was")
        let reread = try PDFObjects(written)
        XCTAssertEqual(reread.numbers, [1, 2, 3, 4, 7], "the length object (5) went with the old stream, 6 was removed")
        XCTAssertEqual(try reread.object(4)?.stream, Array("BT /F1 9 Tf ET".utf8))
        XCTAssertEqual(try reread.object(4)?.value.dictionary?["Length"], .integer(14))
        let metadata = try XCTUnwrap(try reread.dictionary(1)?["Metadata"]?.reference)
        XCTAssertEqual(try reread.object(metadata)?.stream, Array("xml".utf8))
        XCTAssertTrue(text.contains("xref\n0 8\n0000000005 65535 f \n"), "the free list starts at 5")
        XCTAssertTrue(text.contains("0000000006 00001 f \n") && text.contains("0000000000 00001 f \n"), "5 -> 6 -> 0")
        XCTAssertTrue(text.contains("/ID [<"), "a content-derived /ID")
        XCTAssertEqual(try file.written(), written, "the same objects give the same bytes")
    }

    func testADamagedFileIsAnErrorThatSaysWhat() {
        var damaged = sample
        damaged.removeLast(40)
        XCTAssertThrowsError(try PDFObjects(damaged)) { error in
            XCTAssertTrue("\(error)".contains("startxref"), "\(error)")
        }
        let text = String(decoding: sample, as: UTF8.self)
        for damage in ["xref\n0 -5\n", "xref\n0 99999999\n"] {
            XCTAssertThrowsError(try PDFObjects(Array(text.replacingOccurrences(of: "xref\n0 7\n", with: damage).utf8))) { error in
                XCTAssertTrue("\(error)".contains("cross-reference"), "\(error)")
            }
        }
        XCTAssertThrowsError(try PDFObjects(Array("not a pdf".utf8))) { error in
            XCTAssertTrue("\(error)".contains("%PDF-"), "\(error)")
        }
    }

    func testFlateRoundTrip() throws {
        let text = Array(String(repeating: "0 0 m 10 10 l h f\n", count: 500).utf8)
        let compressed = try Flate.compress(text)
        XCTAssertLessThan(compressed.count, text.count / 10)
        XCTAssertEqual(try Flate.decompress(compressed), text)
        XCTAssertThrowsError(try Flate.decompress([1, 2, 3, 4]))
        XCTAssertThrowsError(try Flate.decompress(Array(compressed.dropLast(8))), "cut short")
        var generator = SystemRandomNumberGenerator()
        let large = (0..<200_000).map { _ in UInt8.random(in: 0...40, using: &generator) }
        XCTAssertEqual(try Flate.decompress(try Flate.compress(large)), large, "more than zlib's largest window")
        XCTAssertEqual(try Flate.decompress(try Flate.compress([])), [])
    }
}
