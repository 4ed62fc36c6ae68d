import Testing

@Test("HazChemReportsTests target builds") func targetBuilds() { #expect(Bool(true) == true) }
