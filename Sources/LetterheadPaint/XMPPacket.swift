// The XMP metadata packet: title, creator, language, dates, the PDF/UA-1 and (with an output intent) PDF/A-2a ids.
import LetterheadModel

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
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"\(archival ? archivalNamespaces : "")>
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(metadata.title.xmlEscaped)</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>\(metadata.author.xmlEscaped)</rdf:li></rdf:Seq></dc:creator>
           <dc:description><rdf:Alt><rdf:li xml:lang="x-default">\(metadata.subject.xmlEscaped)</rdf:li></rdf:Alt></dc:description>
           <dc:language><rdf:Bag><rdf:li>\(metadata.language.xmlEscaped)</rdf:li></rdf:Bag></dc:language>
           <xmp:CreateDate>\(metadata.createDate)</xmp:CreateDate>
           <xmp:CreatorTool>\(metadata.creator.xmlEscaped)</xmp:CreatorTool>
           <pdf:Producer>\(producer.xmlEscaped)</pdf:Producer>
           <pdf:Keywords>\(metadata.keywords.xmlEscaped)</pdf:Keywords>
           <pdfuaid:part>1</pdfuaid:part>\(archival ? archivalProperties : "")
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
    }

    /// PDF/A-2a: claimed when the PDF carries an output intent.
    private var archival: Bool { metadata.outputIntentProfile != nil }

    private var archivalNamespaces: String {
        """

            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"
        """
    }

    /// pdfaid, and the description PDF/A asks for of the pdfuaid schema (not one of PDF/A's predefined schemas).
    private var archivalProperties: String {
        """

           <pdfaid:part>2</pdfaid:part>
           <pdfaid:conformance>A</pdfaid:conformance>
           <pdfaExtension:schemas>
            <rdf:Bag>
             <rdf:li rdf:parseType="Resource">
              <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
              <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
              <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
              <pdfaSchema:property>
               <rdf:Seq>
                <rdf:li rdf:parseType="Resource">
                 <pdfaProperty:name>part</pdfaProperty:name>
                 <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                 <pdfaProperty:category>internal</pdfaProperty:category>
                 <pdfaProperty:description>Part of ISO 14289 to which the file conforms</pdfaProperty:description>
                </rdf:li>
               </rdf:Seq>
              </pdfaSchema:property>
             </rdf:li>
            </rdf:Bag>
           </pdfaExtension:schemas>
        """
    }
}
