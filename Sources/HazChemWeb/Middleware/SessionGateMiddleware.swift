import Foundation
import Hummingbird

/// Bounds the requests one session has in progress, so one user's burst cannot starve everyone else.
///
/// A signed-in browser (its session cookie) gets ``SessionGate/running`` requests at once; more wait in line,
/// first come first served, without holding a thread; past ``SessionGate/queued`` waiting, the request is
/// refused with a Chinese 429 page. Requests without a session (the sign-in page, static files before signing
/// in) are not gated here: sign-in attempts are bounded by the bcrypt pool and the sign-in throttle.
struct SessionGateMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    let gate: SessionGate

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let token = request.cookies[SessionCookie.name]?.value, !token.isEmpty else {
            return try await next(request, context)
        }
        guard await gate.enter(token) else {
            throw WebError(.busy, "您同时发出的请求过多，请等当前页面加载完成后再试。")
        }
        do {
            let response = try await next(request, context)
            await gate.leave(token)
            return response
        } catch {
            await gate.leave(token)
            throw error
        }
    }
}

/// Per-session admission: at most `running` requests of one key at once, at most `queued` more waiting.
actor SessionGate {
    /// Requests of one session in progress at once.
    let running: Int
    /// Requests of one session allowed to wait for a place.
    let queued: Int

    private struct Lane {
        var running = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private var lanes: [String: Lane] = [:]

    init(running: Int, queued: Int) {
        self.running = max(1, running)
        self.queued = max(0, queued)
    }

    /// Waits for a place for `key`; false (at once) when too many requests of `key` already wait.
    func enter(_ key: String) async -> Bool {
        var lane = lanes[key, default: Lane()]
        if lane.running < running {
            lane.running += 1
            lanes[key] = lane
            return true
        }
        guard lane.waiting.count < queued else { return false }
        await withCheckedContinuation { continuation in
            lanes[key, default: Lane()].waiting.append(continuation)
        }
        return true
    }

    /// Frees `key`'s place, handing it to the longest waiter.
    func leave(_ key: String) {
        guard var lane = lanes[key] else { return }
        if lane.waiting.isEmpty {
            lane.running -= 1
            lanes[key] = lane.running == 0 ? nil : lane
        } else {
            lane.waiting.removeFirst().resume()
            lanes[key] = lane
        }
    }

    /// How many requests of `key` are in progress and waiting (for tests).
    func load(_ key: String) -> (running: Int, waiting: Int) {
        (lanes[key]?.running ?? 0, lanes[key]?.waiting.count ?? 0)
    }
}
