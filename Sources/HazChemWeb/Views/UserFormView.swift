import Foundation
import HazChemCore
import HazChemStore

/// The new-user form's view model: the entered values (never the password) and the problems per field.
struct UserFormView {
    var username = ""
    var displayName = ""
    var roles: [Choice] = []
    var counties: [Choice] = []
    var experts: [Choice] = []
    var usernameError: String?
    var displayNameError: String?
    var roleError: String?
    var countyError: String?
    var expertError: String?
    var passwordError: String?
    /// Problems not tied to one field.
    var otherErrors: [String] = []
    var hasErrors = false
    var minimumPasswordLength: Int

    /// The form filled with `form`'s values; the option lists come from the regions and experts.
    init(
        form: FormData, regions: [Region], experts: [Expert], roles offered: [UserRole] = UserRole.allCases,
        policy: LoginPolicy
    ) {
        username = form["username"] ?? ""
        displayName = form["displayName"] ?? ""
        roles = Choice.list(
            offered, value: \.rawValue, label: \.label, chosen: form["role"], allLabel: "请选择角色")
        counties = Choice.list(
            regions.filter { $0.level == .county }, value: \.code, label: \.name, chosen: form["county"],
            allLabel: "（不适用）")
        self.experts = Choice.list(
            experts, value: { String($0.id!) }, label: { "\($0.name)（\($0.specialty.label)，编号\($0.id!)）" },
            chosen: form["expert"], allLabel: "（不适用）")
        minimumPasswordLength = policy.minimumPasswordLength
    }

    /// Puts each problem next to its field.
    mutating func show(_ problems: [StoreError.Problem]) {
        for problem in problems {
            switch problem.field {
            case AppUser.Field.username: usernameError = problem.message
            case AppUser.Field.displayName: displayNameError = problem.message
            case AppUser.Field.county: countyError = problem.message
            case AppUser.Field.expert: expertError = problem.message
            case AppUser.Field.password: passwordError = problem.message
            case "角色": roleError = problem.message
            default: otherErrors.append(problem.description)
            }
        }
        hasErrors = !problems.isEmpty
    }
}
