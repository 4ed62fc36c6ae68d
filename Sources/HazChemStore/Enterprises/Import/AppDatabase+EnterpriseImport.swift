import Foundation
import GRDB
import HazChemTables

extension AppDatabase {
    /// Imports enterprises from a CSV file with Chinese column headers (see `Config/enterprise-import.md`).
    ///
    /// Columns (Chinese headers in any order; 统一社会信用代码, 企业名称, 旗县市 and 企业类型 required):
    /// 统一社会信用代码, 企业名称, 旗县市 (name, alias or GB/T 2260 code), 企业类型 (生产/储存/经营(带储存)/
    /// 经营(不带储存)), 地址, 主要负责人, 联系电话, 许可证编号, 许可范围, 许可证有效期至 (YYYY-MM-DD),
    /// 是否在化工园区 (是/否), 重大危险源等级 (一级、三级 or 无), 危险化工工艺 (the 18 official names, 、-separated),
    /// 重点监管危险化学品 (、-separated), 安全生产标准化等级 (一级/二级/三级/无), 经营状态 (在产/停产/关闭).
    ///
    /// Every bad row is reported with its row number, column and reason, all at once. Any bad row stores
    /// nothing unless `options.skipInvalid` is on; then the good rows are stored and the bad ones written to
    /// `options.rejectedFile` with a 错误原因 column. A credit code already stored updates that enterprise
    /// (audited before/after); a credit code twice in the file is an error. The whole import is one
    /// transaction with prepared statements, so an interrupted import leaves the database as it was.
    package func importEnterprises(
        from url: URL, options: EnterpriseImportOptions = EnterpriseImportOptions(), actor: String
    ) throws(StoreError) -> EnterpriseImportSummary {
        let table = try CSVTable.importing(contentsOf: url)
        return try importEnterprises(table, file: url.lastPathComponent, options: options, actor: actor)
    }

    /// Imports an already parsed table; `file` names it in messages and the audit log.
    package func importEnterprises(
        _ table: CSVTable, file: String, options: EnterpriseImportOptions = EnterpriseImportOptions(), actor: String
    ) throws(StoreError) -> EnterpriseImportSummary {
        try Self.checkActor(actor)
        var run = EnterpriseImportRun(
            table: table, file: file, columns: try EnterpriseImportColumns(header: table.header, file: file),
            progress: options.progress)
        return try write { db in
            let regions = RegionDirectory(try Region.fetchAll(db))
            if let county = options.countyCode {
                let foreign = try String.fetchAll(
                    db, sql: "SELECT credit_code FROM enterprise WHERE county_code <> ?", arguments: [county])
                run.validate(
                    regions: regions, county: (county, regions.county(code: county)?.name ?? county, Set(foreign)))
            } else {
                run.validate(regions: regions)
            }
            if !run.rejected.isEmpty && !options.skipInvalid {
                throw StoreError(.invalidInput, problems: run.rejected.flatMap(\.problems))
            }
            var summary = try run.store(db, at: now().databaseValue, actor: actor)
            summary.rejectedProblems = run.rejected.flatMap(\.problems)
            if !run.rejected.isEmpty, let url = options.rejectedFile {
                try run.writeRejected(to: url)
                summary.rejectedFile = url.path
            }
            try audit(
                db, actor: actor, action: "import", entity: "enterprise", entityID: nil,
                after: try AuditJSON.encode(ImportRecord(file: file, summary: summary)))
            return summary
        }
    }
}

/// The audit record of a whole import.
private struct ImportRecord: Encodable {
    var file: String
    var summary: EnterpriseImportSummary
}
