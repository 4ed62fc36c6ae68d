import Foundation
import HazChemWeb
import Testing

/// The `multipart/form-data` parser of the upload route.
@Suite("Multipart form bodies")
struct MultipartFormTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func fieldsAndAFileWithCRLFInsideItsContent() throws {
        let file: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x0D, 0x0A, 0x2D, 0x2D, 0x00, 0xFF, 0x0D, 0x0A]
        let body =
            Self.bytes(
                "前言 preamble\r\n--AaB03x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken123\r\n"
                    + "--AaB03x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n第一行\r\n第二行\r\n"
                    + "--AaB03x  \r\ncontent-disposition: form-data; name=\"file\"; filename=\"检查表（已填）.xlsx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n") + file
            + Self.bytes("\r\n--AaB03x--\r\nepilogue")
        let form = try MultipartForm(body: body, boundary: "AaB03x")
        #expect(form.parts.count == 3)
        #expect(form.fields["_csrf"] == "token123")
        #expect(form.fields["note"] == "第一行\r\n第二行")
        #expect(form.files.count == 1)
        #expect(form.files[0].name == "file")
        #expect(form.files[0].fileName == "检查表（已填）.xlsx")
        #expect(form.files[0].contentType == "application/octet-stream")
        #expect(form.files[0].body == file)
    }

    @Test func emptyFileAndEmptyField() throws {
        let body = Self.bytes(
            "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--b--")
        let form = try MultipartForm(body: body, boundary: "b")
        #expect(form.fields["a"] == "")
        #expect(form.files.map(\.fileName) == [""])
        #expect(form.files[0].body.isEmpty)
    }

    @Test func fileNames() {
        #expect(
            MultipartForm.fileName(contentDisposition: "form-data; name=\"f\"; filename=\"a b.xlsx\"") == "a b.xlsx")
        #expect(
            MultipartForm.fileName(contentDisposition: #"form-data; name="f"; filename="C:\Users\王\表.xlsx""#)
                == "表.xlsx")
        #expect(
            MultipartForm.fileName(
                contentDisposition: "attachment; filename=\"x.xlsx\"; filename*=UTF-8''%E8%A1%A8.xlsx") == "表.xlsx")
        #expect(
            MultipartForm.fileName(contentDisposition: #"form-data; name="f"; filename="say \"hi\".xlsx""#)
                == "say \"hi\".xlsx")
        #expect(MultipartForm.fileName(contentDisposition: "form-data; name=\"f\"") == nil)
    }

    @Test func boundaries() {
        #expect(
            MultipartForm.boundary(contentType: "multipart/form-data; boundary=----WebKitFormBoundaryx7")
                == "----WebKitFormBoundaryx7")
        #expect(
            MultipartForm.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\"") == "a b:c")
        #expect(MultipartForm.boundary(contentType: "multipart/mixed; boundary=x") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
        #expect(
            MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71))
                == nil)
    }

    @Test func malformedBodiesNameTheProblem() {
        let cases: [(String, String)] = [
            ("no delimiter at all", "找不到分隔符"),
            ("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue", "缺少结束分隔符"),
            ("--b\r\nContent-Disposition: form-data; name=\"a\"", "头部没有结束"),
            ("--bxx\r\n", "分隔符后缺少换行"),
            ("--b\r\nContent-Type: text/plain\r\n\r\nv\r\n--b--", "缺少 Content-Disposition"),
            ("--b\r\nContent-Disposition: form-data\r\n\r\nv\r\n--b--", "没有字段名"),
        ]
        for (body, reason) in cases {
            let error = #expect(throws: MultipartForm.Malformed.self) {
                try MultipartForm(body: Self.bytes(body), boundary: "b")
            }
            #expect(error?.reason.contains(reason) == true, "\(body): \(error?.reason ?? "")")
        }
    }
}
