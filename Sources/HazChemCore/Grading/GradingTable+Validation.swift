import Foundation

extension GradingTable {
    /// Every inconsistency of the table, each with the field path it is at (`categories[0].projects[1].cap`).
    ///
    /// Checks ids (unique, valid), positive start, caps and values, `max_count` only on per-item rules,
    /// tier and exclusive groups (per-fixed rules of one project, at least two), conflict links, and bands
    /// (distinct grades and bounds, lowest bound 0, riskier grades lower).
    package func validate() -> [GradingError.Problem] {
        var problems: [GradingError.Problem] = []
        func report(_ field: String, ruleId: String? = nil, _ message: String) {
            problems.append(.init(.invalidTable, ruleId: ruleId, field: field, message))
        }
        if !TableHeader.isValidID(header.id) {
            report("id", "表编号“\(header.id)”无效：只能使用小写字母、数字和连字符")
        }
        if start <= .zero { report("start", "起始分应为正数，实际为\(start)") }
        if categories.isEmpty { report("categories", "至少应有一个类别") }

        var categoryIDs = Set<String>()
        var projectIDs = Set<String>()
        var ruleIDs = Set<String>()
        for (c, category) in categories.enumerated() {
            let categoryPath = "categories[\(c)]"
            if !categoryIDs.insert(category.id).inserted {
                report("\(categoryPath).id", "类别编号“\(category.id)”重复")
            }
            if category.projects.isEmpty { report("\(categoryPath).projects", "类别“\(category.id)”至少应有一个项目") }
            for (p, project) in category.projects.enumerated() {
                let projectPath = "\(categoryPath).projects[\(p)]"
                if !projectIDs.insert(project.id).inserted {
                    report("\(projectPath).id", "项目编号“\(project.id)”重复")
                }
                if let cap = project.cap, cap <= .zero {
                    report("\(projectPath).cap", "项目“\(project.id)”的分值上限应为正数，实际为\(cap)（不设上限请省略 cap）")
                }
                if project.rules.isEmpty { report("\(projectPath).rules", "项目“\(project.id)”至少应有一条规则") }
                for (r, rule) in project.rules.enumerated() {
                    let rulePath = "\(projectPath).rules[\(r)]"
                    if !ruleIDs.insert(rule.id).inserted {
                        report("\(rulePath).id", ruleId: rule.id, "规则编号“\(rule.id)”重复")
                    }
                    if rule.value <= .zero {
                        report(
                            "\(rulePath).value", ruleId: rule.id,
                            "规则 \(rule.id) 的分值应为正数（扣分或加分由 effect 决定），实际为\(rule.value)")
                    }
                    if let maxCount = rule.maxCount {
                        if rule.per == .fixed {
                            report(
                                "\(rulePath).max_count", ruleId: rule.id,
                                "规则 \(rule.id) 为是/否项（per: fixed），不能设置 max_count")
                        } else if maxCount < 1 {
                            report(
                                "\(rulePath).max_count", ruleId: rule.id,
                                "规则 \(rule.id) 的 max_count 应为正整数，实际为\(maxCount)")
                        }
                    }
                }
            }
        }
        problems += validateGroups(ruleIDs: ruleIDs)
        problems += validateDirectRed()
        problems += validateBands()
        return problems
    }

    /// Field path of the rule at table position.
    private func rulePaths() -> [String: String] {
        var paths: [String: String] = [:]
        for (c, category) in categories.enumerated() {
            for (p, project) in category.projects.enumerated() {
                for (r, rule) in project.rules.enumerated() where paths[rule.id] == nil {
                    paths[rule.id] = "categories[\(c)].projects[\(p)].rules[\(r)]"
                }
            }
        }
        return paths
    }

    private func validateGroups(ruleIDs: Set<String>) -> [GradingError.Problem] {
        var problems: [GradingError.Problem] = []
        let paths = rulePaths()
        let entries = ruleEntries
        for (key, label, name) in [("tier", "等级组", \GradingRule.tier), ("exclusive", "互斥组", \GradingRule.exclusive)] {
            var order: [String] = []
            var members: [String: [(project: GradingProject, rule: GradingRule)]] = [:]
            for entry in entries {
                guard let group = entry.rule[keyPath: name] else { continue }
                if members[group] == nil { order.append(group) }
                members[group, default: []].append((entry.project, entry.rule))
            }
            for group in order {
                let list = members[group] ?? []
                let first = list[0]
                for member in list {
                    let field = "\(paths[member.rule.id] ?? "").\(key)"
                    if member.rule.per != .fixed {
                        problems.append(
                            .init(
                                .invalidTable, ruleId: member.rule.id, field: field,
                                "规则 \(member.rule.id) 按项计（per: item），不能属于\(label)“\(group)”：\(label)只能包含是/否项（per: fixed）"
                            ))
                    }
                    if member.project.id != first.project.id {
                        problems.append(
                            .init(
                                .invalidTable, ruleId: member.rule.id, field: field,
                                "规则 \(member.rule.id) 属于项目 \(member.project.id)，\(label)“\(group)”的规则应在同一项目内（首条规则 \(first.rule.id) 在项目 \(first.project.id)）"
                            ))
                    }
                    if key == "tier", member.rule.effect != first.rule.effect {
                        problems.append(
                            .init(
                                .invalidTable, ruleId: member.rule.id, field: field,
                                "\(label)“\(group)”混合了扣分和加分规则（\(first.rule.id) 为\(first.rule.effect.label)，\(member.rule.id) 为\(member.rule.effect.label)）"
                            ))
                    }
                }
                if list.count < 2 {
                    problems.append(
                        .init(
                            .invalidTable, ruleId: first.rule.id, field: "\(paths[first.rule.id] ?? "").\(key)",
                            "\(label)“\(group)”只有规则 \(first.rule.id) 一条，至少应有两条（请检查组名拼写）"))
                }
            }
        }
        for entry in entries {
            for (i, other) in entry.rule.conflictsWith.enumerated() {
                let field = "\(paths[entry.rule.id] ?? "").conflicts_with[\(i)]"
                if other == entry.rule.id {
                    problems.append(
                        .init(.invalidTable, ruleId: entry.rule.id, field: field, "规则 \(entry.rule.id) 不能与自身冲突"))
                } else if !ruleIDs.contains(other) {
                    problems.append(
                        .init(
                            .invalidTable, ruleId: entry.rule.id, field: field,
                            "规则 \(entry.rule.id) 的 conflicts_with 引用了不存在的规则“\(other)”"))
                }
            }
        }
        return problems
    }

    private func validateDirectRed() -> [GradingError.Problem] {
        var problems: [GradingError.Problem] = []
        var seen = Set<String>()
        for (i, condition) in directRed.enumerated() where !seen.insert(condition.id).inserted {
            problems.append(
                .init(
                    .invalidTable, ruleId: condition.id, field: "direct_red[\(i)].id",
                    "直接判定红色条件编号“\(condition.id)”重复"))
        }
        return problems
    }

    private func validateBands() -> [GradingError.Problem] {
        var problems: [GradingError.Problem] = []
        func report(_ field: String, _ message: String) {
            problems.append(.init(.invalidTable, field: field, message))
        }
        guard !bands.isEmpty else {
            report("bands", "至少应有一个分级区间")
            return problems
        }
        var grades = Set<Grade>()
        var mins: [Tenths: Int] = [:]
        for (i, band) in bands.enumerated() {
            if !grades.insert(band.grade).inserted {
                report("bands[\(i)].grade", "分级区间重复：\(band.grade.label)出现了不止一次")
            }
            if let other = mins[band.min] {
                report("bands[\(i)].min", "分级区间重叠：bands[\(other)] 与 bands[\(i)] 的下限都是\(band.min)")
            } else {
                mins[band.min] = i
            }
            if band.min < .zero { report("bands[\(i)].min", "分级区间下限不能为负数，实际为\(band.min)") }
        }
        let lowest = bands.indices.min { bands[$0].min < bands[$1].min }!
        if bands[lowest].min > .zero {
            report(
                "bands[\(lowest)].min",
                "分级区间未覆盖0分：最低区间（\(bands[lowest].grade.label)）的下限应为0，实际为\(bands[lowest].min)，存在空档")
        }
        let ordered = bands.indices.sorted { bands[$0].min > bands[$1].min }
        for (higher, lower) in zip(ordered, ordered.dropFirst()) where bands[higher].grade <= bands[lower].grade {
            if bands[higher].grade == bands[lower].grade { continue }
            report(
                "bands[\(higher)].grade",
                "分级区间顺序错误：\(bands[higher].grade.label)（下限\(bands[higher].min)）的风险高于\(bands[lower].grade.label)（下限\(bands[lower].min)），分数越高风险应越低"
            )
        }
        return problems
    }
}
