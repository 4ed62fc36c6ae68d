import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// Photo evidence: `POST /assessments/{id}/photos` (multipart: `target` = `item:ITEM` or `hazard:ID`, `stage`,
/// the file `photo` and optionally `thumb`, both already downscaled by the page's script), and
/// `GET /photos/{id}` and `GET /photos/{id}/thumb` (visible to whoever may see the photo's assessment, else 404).
///
/// A script sends `Accept: application/json` and gets `{ok, id, duplicate, url, thumb, message}` or
/// `{ok: false, messages}`; a plain form is redirected back to the item or hazard.
struct PhotoRoutes: WebRoutes {
    let services: WebServices

    /// Whether `path` is the upload route (`/assessments/{id}/photos`).
    @Sendable static func isUploadPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0].isEmpty && parts[1] == "assessments" && parts[3] == "photos"
            && !parts[2].isEmpty && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
    }

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(":photo", use: full)
        group.get(":photo/thumb", use: thumb)
    }

    /// The upload route, mounted under `/assessments`.
    func registerUpload(on group: RouterGroup<WebRequestContext>) {
        group.post(":id/photos", use: upload)
    }

    @Sendable func full(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await content(request, context, thumbnail: false)
    }

    @Sendable func thumb(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await content(request, context, thumbnail: true)
    }

    private func content(_ request: Request, _ context: WebRequestContext, thumbnail: Bool) async throws -> Response {
        let identity = try context.signedIn()
        guard let id = context.parameters.get("photo", as: Int64.self) else { throw WebError.notFound }
        let user = identity.user
        guard
            let photo = try await services.database.runRead({
                try $0.photoContent(id: id, thumbnail: thumbnail, visibleTo: user)
            })
        else { throw WebError.notFound }
        let tag = "\"\(photo.sha256)\(thumbnail ? "-t" : "")\""
        var headers: HTTPFields = [
            .contentType: photo.mime, .cacheControl: "private, max-age=31536000, immutable", .eTag: tag,
        ]
        headers[.contentDisposition] =
            "inline; filename=\"photo-\(id)\(thumbnail ? "-thumb" : "").\(photo.mime == "image/png" ? "png" : "jpg")\""
        if request.headers[.ifNoneMatch] == tag { return Response(status: .notModified, headers: headers) }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: photo.bytes)))
    }

    @Sendable func upload(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let id = try AssessmentRoutes.id(context)
        let json = ItemSaveResult.wanted(request)
        let form = context.form
        func refuse(_ messages: [String], _ status: HTTPResponse.Status) throws -> Response {
            if json { return try PhotoUploadResult(ok: false, messages: messages).response(status: status) }
            throw WebError(status == .forbidden ? .forbidden : .badRequest, messages.joined(separator: "；"))
        }
        if let problem = context.uploadProblem { return try refuse([problem], .badRequest) }
        guard let target = form.text("target").flatMap(Self.target) else {
            return try refuse(["照片应附在检查项（item:编号）或隐患（hazard:编号）上"], .badRequest)
        }
        guard let stage = PhotoStage(code: form.text("stage") ?? PhotoStage.finding.rawValue) else {
            return try refuse(["照片阶段应为检查发现（finding）、整改后（rectification）或复查（recheck）"], .badRequest)
        }
        guard let file = context.uploads.first(where: { $0.name == "photo" }), !file.body.isEmpty else {
            return try refuse(["请选择或拍摄一张照片"], .badRequest)
        }
        let thumb = context.uploads.first { $0.name == "thumb" }.flatMap { $0.body.isEmpty ? nil : $0.body }
        let upload = PhotoUpload(
            content: file.body, thumbnail: thumb,
            fileName: file.fileName.map { XLSXDownload.safeName($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "照片")
        let user = identity.user
        let result: Result<PhotoOutcome, StoreError>
        do {
            result = .success(
                try await services.database.run { store throws(StoreError) in
                    try store.addPhoto(assessmentID: id, target, stage: stage, upload, by: user)
                })
        } catch {
            result = .failure(error)
        }
        switch result {
        case .failure(let error) where error.code != .database:
            return try refuse(error.problems.map(\.description), .badRequest)
        case .failure(let error):
            throw error
        case .success(.notFound):
            throw WebError.notFound
        case .success(.refused(let message)):
            return try refuse([message], .forbidden)
        case .success(.stored(let photo, let duplicate)):
            if json {
                return try PhotoUploadResult(
                    ok: true, id: photo.id, duplicate: duplicate, url: "/photos/\(photo.id)",
                    thumb: "/photos/\(photo.id)/thumb", message: duplicate ? "这张照片已上传过" : "照片已上传"
                ).response(status: duplicate ? .ok : .created)
            }
            switch target {
            case .item(let item):
                return HTMLPage.redirect(to: "/assessments/\(id)#item-\(LoginRoutes.encode(item))")
            case .hazard(let hazard):
                return HTMLPage.redirect(to: "/hazards/\(hazard)#photos")
            }
        }
    }

    /// `item:A01` → `.item("A01")`, `hazard:12` → `.hazard(12)`.
    static func target(_ text: String) -> PhotoTarget? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "item": return .item(parts[1])
        case "hazard": return Int64(parts[1]).map(PhotoTarget.hazard)
        default: return nil
        }
    }
}

/// The JSON answer to a photo upload.
struct PhotoUploadResult: Encodable {
    var ok: Bool
    var id: Int64?
    var duplicate: Bool?
    var url: String?
    var thumb: String?
    var message: String?
    var messages: [String]?

    func response(status: HTTPResponse.Status) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(self))))
    }
}
