import Foundation
import HazChemCore

/// Which enterprises to list; every criterion is optional and they combine with AND.
package struct EnterpriseFilter: Sendable, Equatable {
    /// Only this county (GB/T 2260 code).
    package var countyCode: String?
    /// Only this kind.
    package var kind: EnterpriseKind?
    /// Only this operating status.
    package var status: OperatingStatus?
    /// Only names or credit codes containing this text.
    package var search: String?

    /// Creates a filter; the default lists every enterprise.
    package init(
        countyCode: String? = nil, kind: EnterpriseKind? = nil, status: OperatingStatus? = nil, search: String? = nil
    ) {
        self.countyCode = countyCode
        self.kind = kind
        self.status = status
        self.search = search
    }
}
