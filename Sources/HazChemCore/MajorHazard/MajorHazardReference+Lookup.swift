import Foundation

extension MajorHazardReference {
    /// The 表1 entry for a chemical given by name, CAS number or both; `.success(nil)` when it is not in 表1.
    /// A failure holds one problem naming the field at fault (名称 or CAS号), without unit context.
    ///
    /// A name or alias matches exactly one entry. A family name (such as 硝化纤维素 or 硝酸, whose
    /// entries differ by concentration or form) and a CAS number shared by, or limited to, such
    /// entries are refused: the user must name the entry. A name and a CAS number that point to
    /// different entries, or a name outside 表1 with a 表1 CAS number, are contradictions and refused.
    package func namedChemical(name: String?, cas: String?) -> Result<NamedChemical?, MajorHazardError> {
        let nameKey = name.map(Self.lookupKey).flatMap { $0.isEmpty ? nil : $0 }
        let byName = nameKey.flatMap { nameIndex[$0] }
        if byName == nil, let nameKey, let members = familyIndex[nameKey] {
            return .failure(
                .one(
                    field: "名称",
                    message: "“\(name!)”在表1中按浓度或形态分列为\(list(members))，请填写与实际相符的条目名称；"
                        + "不属于其中任何一项的，请删去CAS号并填写危险性类别"))
        }
        guard let cas, !CASNumber.normalized(cas).isEmpty else { return .success(byName.map { namedChemicals[$0] }) }
        guard CASNumber.isValid(cas) else {
            return .failure(.one(field: "CAS号", message: "CAS号“\(cas)”格式或校验位错误"))
        }
        let hits = casIndex[CASNumber.normalized(cas)] ?? []
        if let byName {
            let entry = namedChemicals[byName]
            if !hits.isEmpty, !hits.contains(byName) {
                return .failure(
                    .one(
                        field: "CAS号",
                        message: "名称“\(name!)”是表1“\(entry.name)”，但CAS号\(cas)属于表1\(list(hits))，二者矛盾"))
            }
            if hits.isEmpty, !entry.casNumbers.isEmpty {
                return .failure(
                    .one(
                        field: "CAS号",
                        message: "CAS号\(cas)与表1“\(entry.name)”的CAS号\(entry.casNumbers.joined(separator: "、"))不符"))
            }
            return .success(entry)
        }
        guard !hits.isEmpty else { return .success(nil) }
        if nameKey != nil {
            return .failure(
                .one(
                    field: "名称",
                    message: "CAS号\(cas)属于表1\(list(hits))，但名称“\(name!)”不是该条目的名称或别名："
                        + "如为该物质请改用表1名称；如为其溶液或混合物，请删去CAS号并填写危险性类别"))
        }
        if hits.count > 1 || !namedChemicals[hits[0]].family.isEmpty {
            return .failure(
                .one(
                    field: "CAS号",
                    message: "CAS号\(cas)对应表1\(list(hits))，表1按浓度或形态区分，仅凭CAS号无法确定，请填写条目名称"))
        }
        return .success(namedChemicals[hits[0]])
    }

    /// The 表2 category for a code such as `W5.3` (case and full-width insensitive), or nil.
    package func category(code: String) -> Category? {
        categoryIndex[Self.categoryKey(code)].map { categories[$0] }
    }

    /// α for the number of people (表5), or nil for a negative count.
    package func alpha(forPeople people: Int) -> Rational? {
        alphaBands.first { $0.contains(people) }?.alpha
    }

    /// The level for R (表6): the most severe level whose least R is at most `r`.
    package func level(forR r: Rational) -> MajorHazardLevel {
        MajorHazardLevel.allCases.first { level in levelMinimums[level].map { r >= $0 } ?? false } ?? .fourth
    }

    private func list(_ indices: [Int]) -> String {
        indices.map { "“\(namedChemicals[$0].name)”（Q=\(namedChemicals[$0].criticalQuantity.decimalString())t）" }
            .joined(separator: "、")
    }
}
