import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem enterprise show CODE`: every particular of one enterprise and its panels.
struct EnterpriseShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "查看一家企业")

    @OptionGroup var store: StoreOptions
    @Argument(help: "企业的统一社会信用代码") var code: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let enterprise = try Self.find(code, in: database)
            let texts = enterprise.fieldTexts
            let counties = try database.regionDirectory()
            for field in EnterpriseField.allCases {
                var value = texts[field] ?? ""
                if field == .county, let county = counties.county(code: value) { value = "\(county.name)（\(value)）" }
                if field == .selfReactiveUnits { value = enterprise.selfReactiveUnitsLabel }
                print("\(field.header)：\(value)")
            }
            let due = try database.nextAssessments()[enterprise.id!] ?? .never
            print("下次评估到期日：\(due.label)（评估周期\(database.assessmentCycle.years)年）")
            for (visit, panel) in try database.panelVisits(enterpriseID: enterprise.id!) {
                print("专家组：\(panel.name)（编号\(panel.id!)，现场评估\(visit.onSiteStart)至\(visit.onSiteEnd)）")
            }
        }
    }

    /// The enterprise with credit code `code`, or a not-found error.
    static func find(_ code: String, in database: AppDatabase) throws(StoreError) -> Enterprise {
        switch CreditCode.validate(code) {
        case .failure(let problem):
            throw StoreError(.invalidInput, field: EnterpriseField.creditCode.header, message: problem.description)
        case .success(let creditCode):
            guard let enterprise = try database.enterprise(creditCode: creditCode) else {
                throw StoreError(.notFound, entity: "企业 \(creditCode)", message: "企业不存在")
            }
            return enterprise
        }
    }
}
