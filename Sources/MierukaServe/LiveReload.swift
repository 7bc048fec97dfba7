import Foundation
import FlyingFox
import FlyingSocks

/// Live reload by Server-Sent Events: every HTML page `serve` sends carries a
/// tiny script that listens on `/__mieruka/events` and reloads the page when
/// the build it was made from is no longer the current one.
///
/// The script is added only by `serve`, to responses, never to the files of
/// the site: the published site stays free of JavaScript. Each build (good or
/// failed) gets a new token; the stream sends the current token when a page
/// connects and again after every build, so a page that was loaded just
/// before a rebuild, or from a server that was restarted, also reloads.
enum LiveReload {
    /// The path of the event stream; outside any site path mieruka makes.
    static let eventsPath = "/__mieruka/events"

    /// The script for a page made from the build `token`.
    static func script(token: String) -> String {
        "<script>/* mieruka serve: reload after a rebuild (not in the published site) */"
            + "(function(){var v=\"\(token)\";var s=new EventSource(\"\(eventsPath)\");"
            + "s.onmessage=function(e){if(e.data!==v){s.close();location.reload();}};})();</script>\n"
    }

    /// `html` with the script before its last `</body>`, or at its end.
    static func inject(into html: Data, token: String) -> Data {
        let script = Data(script(token: token).utf8)
        let marker = Data("</body>".utf8)
        let lower = Data(html.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
        guard let range = lower.range(of: marker, options: .backwards) else { return html + script }
        var out = html
        out.insert(contentsOf: script, at: range.lowerBound)
        return out
    }
}

/// Holds the open event streams and sends each of them the build token.
actor ReloadHub {
    private var token: String
    private var streams: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0

    init(token: String) { self.token = token }

    /// A new stream that starts with the current token.
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = nextID
        nextID += 1
        streams[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(Array("retry: 1000\ndata: \(token)\n\n".utf8))
        return stream
    }

    private func remove(_ id: Int) { streams[id] = nil }

    /// Tells every open page that the build is now `token`.
    func publish(_ token: String) {
        self.token = token
        for c in streams.values { c.yield(Array("data: \(token)\n\n".utf8)) }
    }

    /// A comment line, so connections of closed pages fail to write and end.
    func heartbeat() {
        for c in streams.values { c.yield(Array(": ping\n\n".utf8)) }
    }

    var count: Int { streams.count }
}

/// An event stream as the byte sequence FlyingFox sends: each event is one
/// chunk of a chunked response, written as soon as it is yielded.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event
            }
            let take = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(take.count)
            return take
        }
    }
}
