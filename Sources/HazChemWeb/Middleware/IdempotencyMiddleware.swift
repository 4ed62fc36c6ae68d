import Foundation
import HTTPTypes
import HazChemStore
import Hummingbird
import NIOCore

/// Applies a signed-in script's POST sent with an `Idempotency-Key` header once: the answer (status, type and
/// body) is kept with the key, and a resend with the same key gets the kept answer (`Idempotent-Replayed: true`)
/// without being applied again. A key already used for another address is refused (422). Failures that threw
/// (and server errors) are not kept, so the resend is tried again. Keys are kept for 30 days per user.
///
/// The key itself is stored by the handler's first write, in the same transaction as the change
/// (``IdempotencyClaim``): a resend whose first answer was never recorded (the server stopped in between) is
/// answered 409 "already saved" instead of being applied again.
///
/// The assessment page's offline queue sends every item save and photo upload with the key it gave the
/// operation when the user made it, so an answer lost on the way back never stores the operation twice.
struct IdempotencyMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The request header.
    static let header = HTTPField.Name("Idempotency-Key")!
    /// The response header of a replay.
    static let replayed = HTTPField.Name("Idempotent-Replayed")!

    let database: AppDatabase

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .post, let key = request.headers[Self.header], let identity = context.identity else {
            return try await next(request, context)
        }
        guard (8...128).contains(key.count),
            key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw WebError(.badRequest, "Idempotency-Key 应为 8–128 个字母、数字、“-”或“_”。")
        }
        let user = identity.user.username
        let target = "POST \(request.uri.path)"
        if let kept = try await database.runRead({ try $0.idempotentAnswer(user: user, key: key) }) {
            guard kept.request == target, kept.status != 0 else {
                let message =
                    kept.request == target
                    ? "此操作已由服务器保存（或正在保存），但答复未能送达：请刷新页面查看已保存的内容"
                    : "该操作编号（Idempotency-Key）已用于另一项操作，未执行"
                return Response(
                    status: kept.request == target ? .conflict : .unprocessableContent,
                    headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                    body: .init(byteBuffer: ByteBuffer(string: #"{"ok":false,"messages":[""# + message + #""]}"#)))
            }
            return Response(
                status: HTTPResponse.Status(code: kept.status),
                headers: [.contentType: kept.contentType, .cacheControl: "no-store", Self.replayed: "true"],
                body: .init(byteBuffer: ByteBuffer(bytes: kept.body)))
        }
        // The handler's first write stores the key with its change, in one transaction (IdempotencyClaim).
        let claim = IdempotencyClaim(user: user, key: key, request: target)
        let response = try await IdempotencyClaim.$current.withValue(claim) { try await next(request, context) }
        guard response.status.code < 500 else { return response }
        let sink = BodySink()
        try await response.body.write(CollectingWriter(sink: sink))
        let bytes = sink.bytes
        let answer = IdempotentAnswer(
            request: target, status: Int(response.status.code),
            contentType: response.headers[.contentType] ?? "application/octet-stream", body: bytes)
        try await database.run { try $0.recordIdempotentAnswer(user: user, key: key, answer) }
        var kept = response
        kept.body = .init(byteBuffer: ByteBuffer(bytes: bytes))
        return kept
    }
}

/// Where ``CollectingWriter`` puts a response body.
private final class BodySink: @unchecked Sendable {
    var bytes: [UInt8] = []
}

/// A response-body writer that keeps the bytes instead of sending them.
private struct CollectingWriter: ResponseBodyWriter {
    let sink: BodySink

    mutating func write(_ buffer: ByteBuffer) async throws { sink.bytes += buffer.readableBytesView }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
