import Foundation
import HTTPTypes
import HazChemCore
import HazChemTestSupport
import HazChemWeb
import HummingbirdTesting
import Testing

@testable import HazChemStore

/// Photos on the web: uploaded by the panel's experts on their items, served in the assessment's scope only.
@Suite("Photos on the web")
struct PhotoWebTests {
    static let json: HTTPFields = [.accept: "application/json"]

    /// A multipart photo upload: `target`, `stage`, the photo and optionally a thumbnail.
    static func upload(
        _ browser: inout WebClient, _ path: String, target: String, stage: String = "finding", photo: [UInt8],
        thumb: [UInt8]? = nil, headers: HTTPFields = json
    ) async throws -> WebClient.Page {
        let boundary = "----HazChemPhotoBoundary"
        var body: [UInt8] = []
        for (name, value) in [("target", target), ("stage", stage)] {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, bytes) in [("photo", photo), ("thumb", thumb)] {
            guard let bytes else { continue }
            body += Array(
                ("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(name).jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n").utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var all = headers
        all[.contentType] = "multipart/form-data; boundary=\(boundary)"
        all[HTTPField.Name("X-CSRF-Token")!] = browser.csrf
        return try await browser.sendBytes(path, body: body, headers: all)
    }

    @Test func anExpertPhotographsAnItemAndThePhotoIsServedInScopeOnly() async throws {
        let fixtures = try AssessmentFixtures()
        let photo = TestImages.png(width: 64, height: 48)
        let thumb = TestImages.png(width: 16, height: 12)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let page = try await browser.get(fixtures.path()).body
            #expect(page.contains("accept=\"image/*\" capture=\"environment\""))
            let saved = try await Self.upload(
                &browser, fixtures.path("/photos"), target: "item:A01", photo: photo, thumb: thumb)
            #expect(saved.status == 201, "\(saved.body)")
            let stored = try #require(try fixtures.database.photos(assessmentID: fixtures.assessmentID).first)
            #expect(saved.body.contains("\"id\":\(stored.id)") && saved.body.contains("\"duplicate\":false"))
            #expect(stored.takenBy == "wjg" && stored.itemID == "A01" && stored.width == 64)
            let again = try await Self.upload(
                &browser, fixtures.path("/photos"), target: "item:A01", photo: photo, thumb: thumb)
            #expect(again.status == 200 && again.body.contains("\"duplicate\":true"))
            let withPhoto = try await browser.get(fixtures.path()).body
            #expect(withPhoto.contains("src=\"/photos/\(stored.id)/thumb\""))
            let full = try await browser.download("/photos/\(stored.id)")
            #expect(full.status == 200 && full.bytes == photo)
            #expect(full.headers[.contentType] == "image/png")
            #expect(full.headers[.xContentTypeOptions] == "nosniff")
            #expect(full.headers[.cacheControl] == "private, max-age=31536000, immutable")
            let small = try await browser.download("/photos/\(stored.id)/thumb")
            #expect(small.status == 200 && small.bytes == thumb)
            let fake = try await Self.upload(
                &browser, fixtures.path("/photos"), target: "item:A01", photo: Array("<script>".utf8))
            #expect(fake.status == 400 && fake.body.contains("不是 JPEG 或 PNG 图片"))
            #expect(
                try await Self.upload(&browser, fixtures.path("/photos"), target: "item:ZZ", photo: photo).status == 404
            )

            var outsider = WebClient(client)
            try await outsider.signIn("wang")
            #expect(try await outsider.download("/photos/\(stored.id)").status == 404)
            #expect(try await outsider.download("/photos/\(stored.id)/thumb").status == 404)
            var regulator = WebClient(client)
            try await regulator.signIn("chen")
            #expect(try await regulator.download("/photos/\(stored.id)").status == 200)
            let refused = try await Self.upload(
                &regulator, fixtures.path("/photos"), target: "item:A01", photo: TestImages.png(width: 3, height: 3))
            #expect(refused.status == 403)
            var anonymous = WebClient(client)
            #expect(try await anonymous.download("/photos/\(stored.id)").status == 303)
        }
        #expect(try fixtures.database.photos(assessmentID: fixtures.assessmentID).count == 1)
    }

    @Test func aPlainFormUploadReturnsToTheItem() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            try await browser.get(fixtures.path())
            let saved = try await Self.upload(
                &browser, fixtures.path("/photos"), target: "item:A01", photo: TestImages.jpeg(width: 20, height: 10),
                headers: [:])
            #expect(saved.status == 303 && saved.location == fixtures.path("#item-A01"))
        }
    }
}

/// Rectification and re-check photos on the hazard page.
@Suite("Hazard photos on the web")
struct HazardPhotoWebTests {
    @Test func theCountyAddsARectificationPhotoOnTheHazardPage() async throws {
        let fixtures = try WebFixtures()
        let (major, _) = try HazardWebTests.ids(fixtures.database)
        let hazard = try #require(try fixtures.database.hazard(id: major))
        try await fixtures.application().test(.router) { client in
            var county = WebClient(client)
            try await county.signIn("wlht")
            let page = try await county.get("/hazards/\(major)").body
            #expect(page.contains("name=\"target\" value=\"hazard:\(major)\""))
            #expect(page.contains("name=\"stage\" value=\"rectification\"") && page.contains("添加复查照片"))
            #expect(!page.contains("name=\"stage\" value=\"finding\""))
            let saved = try await PhotoWebTests.upload(
                &county, "/assessments/\(hazard.assessmentID)/photos", target: "hazard:\(major)",
                stage: "rectification", photo: TestImages.jpeg(width: 800, height: 600))
            #expect(saved.status == 201, "\(saved.body)")
            let photo = try #require(try fixtures.database.photos(hazardID: major).first)
            #expect(photo.stage == .rectification && photo.takenBy == "wlht")
            #expect(try await county.get("/hazards/\(major)").body.contains("src=\"/photos/\(photo.id)/thumb\""))
            var other = WebClient(client)
            try await other.signIn("aes")
            #expect(try await other.download("/photos/\(photo.id)").status == 404)
            let refused = try await PhotoWebTests.upload(
                &other, "/assessments/\(hazard.assessmentID)/photos", target: "hazard:\(major)",
                stage: "recheck", photo: TestImages.jpeg(width: 8, height: 6))
            #expect(refused.status == 404)
        }
    }
}
