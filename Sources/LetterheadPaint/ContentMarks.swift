// Rewrites marked-content operators in a page's content stream: the artifact marker's BDC becomes /Artifact BMC.
enum ContentMarks {
    /// `/Private << /MCID 12 >> BDC` (as Cairo writes it) → `/Artifact BMC`; everything else unchanged.
    static func artifacts(in bytes: [UInt8], marker: String) -> [UInt8] {
        let prefix = Array("/\(marker) << /MCID ".utf8)
        let suffix = Array(" >> BDC".utf8)
        let replacement = Array("/Artifact BMC".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while let slash = bytes[index...].firstIndex(of: prefix[0]) {
            index = slash + 1
            guard bytes[slash...].starts(with: prefix) else { continue }
            var end = slash + prefix.count
            while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
            guard end > slash + prefix.count, bytes[end...].starts(with: suffix) else { continue }
            output += bytes[copied..<slash]
            output += replacement
            copied = end + suffix.count
            index = copied
        }
        output += bytes[copied...]
        return output
    }
}
