// Sender profiles: `sender: NAME` loads Layouts/senders/NAME.yaml; missing or broken profiles say what is there.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

final class ProfileTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("ind", "organisation: Immigratie- en Naturalisatiedienst (IND)\nunit: Directie SBJZ\nwebsite: www.ind.nl\n")
        try write("rvo", "organisation: RVO\nwebsit: www.rvo.nl\n")
        try write("kapot", "unit: [A]\n")
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
    }

    func readSender(_ value: String, reader: SourceReader? = nil) -> SourceResult {
        read("---\nsender: \(value)\nto: A\ndate: 2026-06-08\nsubject: S\n---\n",
             reader: reader ?? SourceReader(profilesDirectory: folder))
    }

    func testProfileIsLoaded() throws {
        let result = readSender("ind")
        XCTAssertEqual(result.messages, [])
        XCTAssertEqual(result.document?.meta.sender,
                       Sender(organisation: "Immigratie- en Naturalisatiedienst (IND)", unit: ["Directie SBJZ"], website: "www.ind.nl"))
    }

    func testProfileIsReadOnceAndKept() throws {
        let reader = SourceReader(profilesDirectory: folder)
        XCTAssertNotNil(readSender("ind", reader: reader).document)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("ind.yaml"))
        XCTAssertEqual(readSender("ind", reader: reader).document?.meta.sender.organisation,
                       "Immigratie- en Naturalisatiedienst (IND)")
    }

    func testMissingProfileListsTheAvailableOnes() {
        XCTAssertEqual(readSender("inx").messages, [
            #"nota.md:2:9: error: sender: no sender profile "inx" in \#(folder.relativePath) (did you mean "ind"? available: ind, kapot, rvo)"#,
        ])
        XCTAssertEqual(readSender("minbzk").messages, [
            #"nota.md:2:9: error: sender: no sender profile "minbzk" in \#(folder.relativePath) (available: ind, kapot, rvo)"#,
        ])
    }

    func testProblemsInAProfileAreReportedInItsFile() {
        let path = folder.appendingPathComponent("rvo.yaml").relativePath
        let kapot = folder.appendingPathComponent("kapot.yaml").relativePath
        XCTAssertEqual(readSender("rvo").messages, [#"\#(path):2:1: warning: websit: unknown key (did you mean "website"?)"#])
        let broken = readSender("kapot")
        XCTAssertNil(broken.document)
        XCTAssertEqual(broken.messages, [#"\#(kapot):1:1: error: organisation: required key is missing (add a line "organisation: ...")"#])
    }

    func testAProfileNameIsAName() {
        XCTAssertEqual(readSender("../etc/passwd").messages, [
            #"nota.md:2:9: error: sender: found text "../etc/passwd" (expected a mapping with organisation, unit, visiting_address, postal_address, website, ..., or a sender profile name)"#,
        ])
    }

    func testAProfileNeedsAProfilesFolder() {
        XCTAssertEqual(readSender("ind", reader: SourceReader()).messages, [
            #"nota.md:2:9: error: sender: "ind" names a sender profile, but no profiles folder is set (write the sender as a mapping with organisation, unit, visiting_address, postal_address, website, ...)"#,
        ])
    }
}
