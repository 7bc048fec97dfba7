import Foundation
import FlyingFox
import MierukaCore

/// What requests see of the builds: the current build's token, and its
/// diagnostics when it failed.
final class BuildStatus: @unchecked Sendable {
    struct State {
        var token: String
        /// The failed build's diagnostics; nil while the last build is good.
        var failure: [Diagnostic]?
        /// Whether some build has succeeded, so a site is there to serve.
        var hasSite: Bool
    }

    private let lock = NSLock()
    private var state: State

    init(token: String) { state = State(token: token, failure: nil, hasSite: false) }

    var current: State {
        lock.lock(); defer { lock.unlock() }
        return state
    }

    func update(token: String, failure: [Diagnostic]?, wrote: Bool) {
        lock.lock(); defer { lock.unlock() }
        state.token = token
        state.failure = failure
        state.hasSite = state.hasSite || wrote
    }
}

/// Answers every request of the preview: files of the last good build, with
/// the reload script added to HTML; the error page for HTML while the
/// current build has failed; the site's 404 page for unknown paths.
struct PreviewHandler: HTTPHandler {
    let root: String
    let basePath: String
    let status: BuildStatus
    let hub: ReloadHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var response = await respond(to: request)
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if request.method == .HEAD, case .httpBody(let body) = response.payload, let count = body.count {
            response.headers[.contentLength] = String(count)
            response.payload = .httpBody(HTTPBodySequence(data: Data()))
        }
        return response
    }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var r = Self.text(.methodNotAllowed, "method not allowed: the preview only answers GET and HEAD\n")
            r.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return r
        }
        let raw = request.target.path(percentEncoded: true)
        if raw == LiveReload.eventsPath {
            let events = await hub.subscribe()
            return HTTPResponse(
                statusCode: .ok, headers: [.contentType: "text/event-stream; charset=utf-8"],
                body: HTTPBodySequence(from: EventBytes(events: events)))
        }
        let state = status.current
        switch ServedPath.resolve(raw, root: root, basePath: basePath) {
        case .badRequest:
            return Self.text(.badRequest, "bad request: the path is not valid percent-encoding\n")
        case .forbidden:
            return Self.text(.forbidden, "forbidden: the path leaves the site folder\n")
        case .redirect(let location):
            return HTTPResponse(
                statusCode: .movedPermanently,
                headers: [.location: location, .contentType: "text/plain; charset=utf-8"],
                body: Data("moved to \(location)\n".utf8))
        case .file(let path):
            if ContentType.isHTML(path) {
                if let failure = state.failure { return errorPage(failure, state) }
                guard let data = FileManager.default.contents(atPath: path) else { return notFound(state) }
                return HTTPResponse(
                    statusCode: .ok, headers: [.contentType: ContentType.of(path)],
                    body: LiveReload.inject(into: data, token: state.token))
            }
            guard let body = try? HTTPBodySequence(file: URL(fileURLWithPath: path)) else { return notFound(state) }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: ContentType.of(path)], body: body)
        case .notFound:
            return notFound(state)
        }
    }

    func notFound(_ state: BuildStatus.State) -> HTTPResponse {
        if let failure = state.failure { return errorPage(failure, state) }
        guard state.hasSite else { return building(state) }
        guard let page = FileManager.default.contents(atPath: root + "/404.html") else {
            return Self.text(.notFound, "not found\n")
        }
        return HTTPResponse(
            statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
            body: LiveReload.inject(into: page, token: state.token))
    }

    func errorPage(_ failure: [Diagnostic], _ state: BuildStatus.State) -> HTTPResponse {
        HTTPResponse(
            statusCode: .internalServerError, headers: [.contentType: "text/html; charset=utf-8"],
            body: ErrorPage.html(failure, lastGoodSite: state.hasSite, token: state.token))
    }

    /// Before the first build has finished.
    func building(_ state: BuildStatus.State) -> HTTPResponse {
        let page =
            "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>ビルド中</title></head>"
            + "<body><p>サイトをビルドしています。終わると自動で表示されます。</p></body></html>\n"
        return HTTPResponse(
            statusCode: .serviceUnavailable, headers: [.contentType: "text/html; charset=utf-8"],
            body: LiveReload.inject(into: Data(page.utf8), token: state.token))
    }

    static func text(_ code: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: code, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(message.utf8))
    }
}
