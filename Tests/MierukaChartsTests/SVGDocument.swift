import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG read back with Foundation's XML parser, for checking what a chart
/// really contains rather than searching its text.
final class SVGDocument: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var namespace: String?
        var attributes: [String: String]
        var text = ""
        /// The index in `elements` of the element this one is inside; nil for the root.
        var parent: Int?
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    /// Parses `text`; throws the parser's error when it is not well-formed XML.
    static func parse(_ text: String) throws -> SVGDocument {
        let doc = SVGDocument()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = doc
        if !parser.parse() {
            throw parser.parserError ?? NSError(domain: "SVGDocument", code: 1)
        }
        return doc
    }

    var root: Element? { elements.first }
    var ids: [String] { elements.compactMap { $0.attributes["id"] } }
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let parent = open.last
        open.append(elements.count)
        elements.append(Element(name: name, namespace: namespaceURI, attributes: attributes, parent: parent))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = open.last { elements[i].text += string }
    }
}
