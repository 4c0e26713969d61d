// Rewrites marked-content operators in a page's content stream: the artifact marker's BDC becomes /Artifact BMC.
import Foundation

enum ContentMarks {
    /// `/Private << /MCID 12 >> BDC` (as Cairo writes it) → `/Artifact BMC`; everything else unchanged.
    static func artifacts(in content: Data, marker: String) -> Data {
        let prefix = Array("/\(marker) << /MCID ".utf8)
        let suffix = Array(" >> BDC".utf8)
        let replacement = Array("/Artifact BMC".utf8)
        let bytes = [UInt8](content)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "/"), bytes[index...].starts(with: prefix) {
                var end = index + prefix.count
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
                if end > index + prefix.count, bytes[end...].starts(with: suffix) {
                    output += replacement
                    index = end + suffix.count
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return Data(output)
    }
}
