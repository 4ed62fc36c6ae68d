import Foundation
import HTTPTypes
import HazChemCore
import HazChemStore
import HazChemTables
import Hummingbird

extension EnterpriseAdminRoutes {
    @Sendable func importForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        return try renderImport(try await importView(identity), request, context, status: .ok)
    }

    /// `POST /enterprises/import`: the file checked as a whole by the CLI's import. Any bad row imports nothing
    /// and lists every problem, unless `mode=valid`: then the good rows are imported and the rejected ones
    /// offered as a CSV with an error column.
    @Sendable func importFile(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        var view = try await importView(identity)
        func refuse(_ messages: [String]) throws -> Response {
            view.errors = messages
            return try renderImport(view, request, context, status: .badRequest).response(
                from: request, context: context)
        }
        if let problem = context.uploadProblem { return try refuse([problem]) }
        guard let file = context.uploads.first(where: { $0.name == Self.uploadField }), !file.body.isEmpty else {
            return try refuse(["请选择要导入的企业名单文件（CSV，UTF-8编码）"])
        }
        let name = Self.uploadName(file.fileName, fallback: "企业名单.csv")
        view.fileName = name
        let validOnly = context.form["mode"] == "valid"
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hazchem-import-\(SessionToken.random())")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let rejectedURL = folder.appendingPathComponent("rejected.csv")
        let county = ownCounty(identity)
        let bytes = Data(file.body)
        let actor = identity.user.username
        let result: Result<EnterpriseImportSummary, StoreError> = await capture {
            try await services.database.run { store throws(StoreError) in
                let table = try CSVTable.importing(bytes, file: name)
                let options = EnterpriseImportOptions(
                    skipInvalid: validOnly, rejectedFile: validOnly ? rejectedURL : nil, countyCode: county)
                return try store.importEnterprises(table, file: name, options: options, actor: actor)
            }
        }
        switch result {
        case .success(let summary):
            view.imported = true
            view.summary =
                "\(name)：共 \(summary.rows) 行，新增 \(summary.inserted) 家，更新 \(summary.updated) 家，"
                + "未变化 \(summary.unchanged) 家，未导入 \(summary.rejected) 行。"
            view.show(summary.rejectedProblems)
            if summary.rejected > 0, let data = try? Data(contentsOf: rejectedURL) {
                view.rejectedCSV = String(decoding: data, as: UTF8.self)
                view.hasRejected = true
            }
            return try renderImport(view, request, context, status: .ok).response(from: request, context: context)
        case .failure(let error) where error.code == .invalidInput || error.code == .conflict:
            view.refused = true
            view.show(error.problems)
            return try renderImport(view, request, context, status: .badRequest).response(
                from: request, context: context)
        case .failure(let error):
            throw error
        }
    }

    /// `POST /enterprises/import/rejected`: sends back the rejected rows of the import page as a CSV file.
    @Sendable func rejected(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try context.signedIn()
        let text = context.form["csv"] ?? ""
        guard !text.isEmpty else { throw WebError(.badRequest, "没有被拒绝的行可以下载。") }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = XLSXDownload.contentDisposition(
            fileName: "未导入的企业行.csv", fallback: "rejected-enterprises.csv")
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func importView(_ identity: WebIdentity) async throws -> EnterpriseImportView {
        let county = ownCounty(identity)
        let name = try await counties(identity).first { $0.code == county }?.name
        return EnterpriseImportView(countyName: county == nil ? nil : (name ?? county))
    }

    private func renderImport(
        _ view: EnterpriseImportView, _ request: Request, _ context: WebRequestContext, status: HTTPResponse.Status
    ) throws -> HTMLPage {
        try services.pages.render(
            "enterprise-import", title: "导入企业", page: view, request: request, context: context, status: status)
    }

    /// The uploaded file's name made safe for messages, or `fallback`.
    static func uploadName(_ sent: String?, fallback: String) -> String {
        let name = XLSXDownload.safeName(sent ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name != ".", name != ".." else { return fallback }
        return String(name.prefix(120))
    }
}

extension EnterpriseAdminRoutes {
    /// `POST /enterprises/{id}/inventory`: the major-hazard inventory (CSV or YAML, as `hazchem mhi import`)
    /// replaces the enterprise's units and sets its levels; a refused file comes back on the enterprise page
    /// with every problem by row and column.
    @Sendable func inventory(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let enterprise = try await managed(context, identity)
        let id = enterprise.id!
        func refuse(_ messages: [String], _ status: HTTPResponse.Status = .badRequest) async throws -> Response {
            try await EnterpriseRoutes(services: services).page(
                id, request: request, context: context, inventoryErrors: messages, status: status
            ).response(from: request, context: context)
        }
        guard let reference = services.tables.majorHazardReferences.first else {
            return try await refuse(["服务器未加载 GB 18218 重大危险源参考数据（Checklists/），无法计算重大危险源。"], .internalServerError)
        }
        if let problem = context.uploadProblem { return try await refuse([problem]) }
        guard let file = context.uploads.first(where: { $0.name == Self.uploadField }), !file.body.isEmpty else {
            return try await refuse(["请选择重大危险源清单文件（CSV 或 YAML）"])
        }
        let name = Self.uploadName(file.fileName, fallback: "重大危险源清单.csv")
        guard ["csv", "yaml", "yml"].contains((name as NSString).pathExtension.lowercased()) else {
            return try await refuse(["\(name)：文件类型应为 .csv、.yaml 或 .yml"])
        }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hazchem-mhi-\(SessionToken.random())")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(file.body).write(to: url)
        let actor = identity.user.username
        let result: Result<HazardUnitImportSummary, StoreError> = await capture {
            try await services.database.run { store throws(StoreError) in
                try store.importHazardUnits(from: url, enterpriseID: id, reference: reference, actor: actor)
            }
        }
        switch result {
        case .success:
            return HTMLPage.redirect(to: "/enterprises/\(id)?done=inventory#units")
        case .failure(let error) where error.code == .invalidInput:
            return try await refuse(FormEcho.messages(error))
        case .failure(let error):
            throw error
        }
    }
}
