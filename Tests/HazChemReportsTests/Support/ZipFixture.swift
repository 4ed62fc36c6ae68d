import Foundation
import ZIPFoundation

/// Builds small hand-written xlsx packages for reader tests.
enum ZipFixture {
    /// Writes `parts` (zip path → XML text) as a zip file at `url`.
    static func write(_ parts: [(String, String)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
        """

    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>
        </Relationships>
        """

    /// A package using `x:` prefixes, inline strings (plain and rich), no shared-string table, absolute and
    /// `..` relationship targets, cells without `r`, and a very hidden sheet.
    static let prefixed: [(String, String)] = [
        ("[Content_Types].xml", contentTypes),
        ("_rels/.rels", rootRels),
        (
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <x:sheets><x:sheet name="台账" sheetId="1" rel:id="R1"/><x:sheet name="密" sheetId="2" state="veryHidden" rel:id="R2"/></x:sheets>
            </x:workbook>
            """
        ),
        (
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/a.xml"/>
            <Relationship Id="R2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sub/../worksheets/b.xml"/>
            </Relationships>
            """
        ),
        (
            "xl/worksheets/a.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <x:sheetViews><x:sheetView workbookViewId="0"><x:pane ySplit="1" topLeftCell="A2" state="frozen"/></x:sheetView></x:sheetViews>
            <x:sheetData>
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>企业&amp;名称</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:r><x:t>重大</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> 隐患</x:t></x:r><x:rPh><x:t>ジュウダイ</x:t></x:rPh></x:is></x:c></x:row>
            <x:row r="3"><x:c t="n"><x:v>1.5E3</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="str"><x:f>A3&amp;"件"</x:f><x:v>1500件</x:v></x:c></x:row>
            </x:sheetData>
            <x:autoFilter ref="A1:D3"/>
            <x:mergeCells count="1"><x:mergeCell ref="C1:D1"/></x:mergeCells>
            </x:worksheet>
            """
        ),
        (
            "xl/worksheets/b.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>
            """
        ),
    ]

    /// A package with a shared-string table holding rich-text runs and phonetic text.
    static let richShared: [(String, String)] = [
        ("[Content_Types].xml", contentTypes),
        ("_rels/.rels", rootRels),
        (
            "xl/workbook.xml",
            """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
        ),
        (
            "xl/_rels/workbook.xml.rels",
            """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
            </Relationships>
            """
        ),
        (
            "xl/strings.xml",
            """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
            <si><t>红色</t></si>
            <si><r><t>整改</t></r><r><rPr><color rgb="FFFF0000"/></rPr><t>提升</t></r><rPh sb="0" eb="2"><t>セイカイ</t></rPh></si>
            </sst>
            """
        ),
        (
            "xl/worksheets/sheet1.xml",
            """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>9</v></c></row>
            </sheetData></worksheet>
            """
        ),
    ]
}
