import Foundation
import HazChemCore

extension MajorHazardError {
    /// The problems as a store error (invalid input): where each came from, the unit and chemical as the
    /// record, and the field.
    var storeError: StoreError {
        StoreError(
            .invalidInput,
            problems: problems.map { problem in
                let entity = [
                    problem.origin, problem.unitID.map { "单元 \($0)" }, problem.chemical.map { "化学品 \($0)" },
                ].compactMap { $0 }.joined(separator: " ")
                return StoreError.Problem(
                    field: problem.field.isEmpty ? nil : problem.field, entity: entity.isEmpty ? nil : entity,
                    message: problem.message)
            })
    }
}
