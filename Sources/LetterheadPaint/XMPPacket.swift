// The XMP metadata packet: title, creator, language, dates and the PDF/UA-1 identification.
struct XMPPacket {
    let metadata: PDFMetadata
    let producer: String

    var text: String {
        """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escape(metadata.title))</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>\(escape(metadata.author))</rdf:li></rdf:Seq></dc:creator>
           <dc:description><rdf:Alt><rdf:li xml:lang="x-default">\(escape(metadata.subject))</rdf:li></rdf:Alt></dc:description>
           <dc:language><rdf:Bag><rdf:li>\(escape(metadata.language))</rdf:li></rdf:Bag></dc:language>
           <xmp:CreateDate>\(metadata.createDate)</xmp:CreateDate>
           <xmp:CreatorTool>\(escape(metadata.creator))</xmp:CreatorTool>
           <pdf:Producer>\(escape(producer))</pdf:Producer>
           <pdf:Keywords>\(escape(metadata.keywords))</pdf:Keywords>
           <pdfuaid:part>1</pdfuaid:part>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
