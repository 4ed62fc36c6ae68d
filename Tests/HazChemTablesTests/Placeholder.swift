import Testing

@Test("HazChemTablesTests target builds") func targetBuilds() { #expect(Bool(true) == true) }
