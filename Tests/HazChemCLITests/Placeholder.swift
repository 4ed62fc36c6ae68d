import Testing

@Test("HazChemCLITests target builds") func targetBuilds() { #expect(Bool(true) == true) }
