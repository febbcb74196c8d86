import Foundation
import OncoTestSupport
import Testing

/// Broken inputs given to the built `oncocohort`: each gives its exit code and a message that
/// names the file and, where there is one, the line (and column) of the problem.
///
/// The fixtures are in `Fixtures/bad-inputs/`; lines and columns below were counted by hand in
/// them (`cat -A`, `awk -F'\t'`). A case runs from that folder, so paths print as written here.
@Suite struct BadInputTests {
  static let folder = URL(fileURLWithPath: Fixtures.local("OncoCohortCLITests", "bad-inputs"))

  /// One command over one broken input.
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    /// The arguments; `WAREHOUSE` is replaced by a fresh warehouse path.
    var arguments: [String]
    var status: Int32
    /// Fragments that must all appear on standard error (or, for counts, standard output).
    var messages: [String]
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "empty file", arguments: ["variants", "empty.vcf"], status: 65,
      messages: ["empty.vcf: error: the file is empty"]),
    Case(
      name: "wrong format for the extension (FHIR JSON named .maf)",
      arguments: ["variants", "bundle-named.maf"], status: 65,
      messages: ["bundle-named.maf:1: error: not a recognised variant file"]),
    Case(
      name: "truncated gzip", arguments: ["variants", "truncated.vcf.gz"], status: 65,
      messages: ["truncated.vcf.gz: error: the gzip stream ends in the middle", "truncated"]),
    Case(
      name: "truncated BGZF", arguments: ["variants", "truncated-bgzf.vcf.gz"], status: 65,
      messages: ["truncated-bgzf.vcf.gz: error: the BGZF stream ends in the middle of a block"]),
    // A VCF without any header is read as sites-only VCF 4.2, with warnings that say so.
    Case(
      name: "VCF without header", arguments: ["variants", "no-header.vcf"], status: 0,
      messages: [
        "no-header.vcf:1: warning: no #CHROM header line", "no-header.vcf:1: warning: no ##fileformat line",
        "no-header.vcf: vcf, 1 records read, 1 accepted, 0 rejected",
      ]),
    Case(
      name: "VCF with CRLF line ends", arguments: ["variants", "crlf.vcf", "--strict"], status: 0,
      messages: ["crlf.vcf: vcf, 2 records read, 2 accepted, 0 rejected"]),
    // Line 5 has 7 fields; the error points just past the last one (byte 29, after "PASS").
    Case(
      name: "VCF record of 7 columns", arguments: ["variants", "seven-columns.vcf"], status: 0,
      messages: [
        "seven-columns.vcf:5:29: error: wrong number of columns",
        "seven-columns.vcf: vcf, 2 records read, 1 accepted, 1 rejected",
      ]),
    Case(
      name: "VCF record of 7 columns, strict", arguments: ["variants", "seven-columns.vcf", "--strict"],
      status: 65, messages: ["seven-columns.vcf:5:29: error: wrong number of columns"]),
    // POS is column 2 of line 5, which starts at byte 7 after "chr12\t".
    Case(
      name: "VCF non-numeric POS", arguments: ["variants", "non-numeric-pos.vcf", "--strict"], status: 65,
      messages: ["non-numeric-pos.vcf:5:7: error: POS is not a position", "'25x45350'"]),
    Case(
      name: "MAF without Tumor_Sample_Barcode", arguments: ["variants", "no-barcode.maf"], status: 65,
      messages: ["no-barcode.maf:1: error: required MAF column Tumor_Sample_Barcode is missing"]),
    Case(
      name: "cBioPortal meta file naming a missing data file",
      arguments: ["import", "study-missing-file", "--warehouse", "WAREHOUSE"], status: 0,
      messages: [
        "study-missing-file/meta_clinical_patient.txt:4: error: data file 'data_clinical_patient.txt' does not exist"
      ]),
    Case(
      name: "cBioPortal meta file naming a missing data file, strict",
      arguments: ["import", "study-missing-file", "--strict", "--warehouse", "WAREHOUSE"], status: 65,
      messages: [
        "study-missing-file/meta_clinical_patient.txt:4: error: data file",
        "1 error outside records in source 'study-missing-file'; nothing was imported (--strict)",
      ]),
    Case(
      name: "FHIR Observation without subject",
      arguments: ["import", "observation-no-subject.ndjson", "--warehouse", "WAREHOUSE"], status: 0,
      messages: [
        "observation-no-subject.ndjson:2: error: Observation (TMB) has no subject",
        "2 read, 1 imported, 1 rejected",
      ]),
    // 2021-02-30 is on line 3; the date field starts at byte 26 ("P002,C18.7,Sigmoid colon,").
    Case(
      name: "impossible calendar date",
      arguments: ["import", "clinical-bad-date/mapping.yaml", "--warehouse", "WAREHOUSE"], status: 0,
      messages: [
        "clinical-bad-date/diagnoses.csv:3:26: error: date is not a date", "'2021-02-30'",
        "hint: check that the day exists (no 30 February)",
        "2 read, 1 imported, 1 rejected",
      ]),
    Case(
      name: "Latin-1 clinical CSV",
      arguments: ["import", "clinical-latin1/mapping.yaml", "--warehouse", "WAREHOUSE"], status: 0,
      messages: ["clinical-latin1/diagnoses.csv:2: warning: file is not valid UTF-8", "Latin-1"]),
    // The 0xE0 of "à" is byte 38 of line 5.
    Case(
      name: "Latin-1 OWL label without encoding declaration",
      arguments: ["ontology", "lookup", "--ontology", "latin1-label.owl", "--no-ontology-cache", "poumon"],
      status: 65, messages: ["latin1-label.owl:5:38: error: Input is not proper UTF-8"]),
    Case(
      name: "negative follow-up",
      arguments: ["survival", "--table", "negative-follow-up.csv", "--time", "time", "--event", "status"],
      status: 65, messages: ["negative-follow-up.csv:3:1: error: time -3.0 is negative"]),
    Case(
      name: "empty survival table",
      arguments: ["survival", "--table", "empty.vcf", "--time", "time", "--event", "status"],
      status: 65, messages: ["empty.vcf: error: the table is empty"]),
  ]

  @Test(arguments: cases)
  func badInputGivesItsStatusAndLocatedMessage(_ item: Case) throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let warehouse = scratch.appendingPathComponent("w.sqlite").path
    let arguments = item.arguments.map { $0 == "WAREHOUSE" ? warehouse : $0 }
    let result = try CLI.run(arguments, directory: Self.folder)
    #expect(result.status == item.status, "\(result.stderr)")
    let printed = result.stderr + result.stdout
    for message in item.messages {
      #expect(printed.contains(message), "missing '\(message)' in:\n\(printed)")
    }
    // Nothing is ever shown as replacement characters (silent mojibake).
    #expect(!result.stderr.contains("\u{FFFD}") && !result.stdout.contains("\u{FFFD}"))
    #expect(!result.stderr.contains("Fatal error"))
  }

  /// Random bytes (seeded) named like each input kind: refused as binary, never a crash.
  @Test func binaryFilesAreRefused() throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    var generator = SeededGenerator(seed: 10)
    let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let path = scratch.appendingPathComponent("binary.vcf").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let variants = try CLI.run(["variants", path])
    #expect(variants.status == 65)
    #expect(variants.stderr.contains("\(path): error: binary content at byte"))
    let survival = try CLI.run(["survival", "--table", path, "--time", "t", "--event", "e"])
    #expect(survival.status == 65)
    #expect(survival.stderr.contains("\(path):1:"))
    #expect(survival.stderr.contains("binary content"))
    let ontology = try CLI.run(["ontology", "lookup", "--ontology", path, "--no-ontology-cache", "x"])
    #expect(ontology.status == 65, "\(ontology.stderr)")
    #expect(ontology.stderr.contains("\(path):1: error: not a supported ontology file"))
    let owl = scratch.appendingPathComponent("binary.owl").path
    try Data(bytes).write(to: URL(fileURLWithPath: owl))
    let xml = try CLI.run(["ontology", "lookup", "--ontology", owl, "--no-ontology-cache", "x"])
    #expect(xml.status == 65, "\(xml.stderr)")
    #expect(xml.stderr.contains("\(owl):1:"))
    for result in [variants, survival, ontology, xml] { #expect(!result.stderr.contains("\u{FFFD}")) }
  }

  /// A record with 10,000 ALT alleles (written at test time) is read, one alteration per allele.
  @Test func tenThousandAlternateAlleles() throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let bases = ["A", "C", "G", "T"]
    // Distinct ALTs: every 6-base string over ACGT in counting order, skipping none (4^6 > 10^4).
    let alternates = (0..<10_000).map { number in
      (0..<6).map { digit in bases[(number >> (2 * digit)) & 3] }.joined()
    }
    let text =
      "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
      + "chr1\t1000\t.\tG\t\(alternates.joined(separator: ","))\t50\tPASS\t.\n"
    let path = scratch.appendingPathComponent("many-alts.vcf").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let clock = ContinuousClock()
    let start = clock.now
    let result = try CLI.run(["variants", path, "--format", "json"])
    #expect(clock.now - start < .seconds(20))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("1 records read, 1 accepted, 0 rejected"))
    #expect(result.stdout.components(separatedBy: "\"alt\":").count - 1 == 10_000)
    #expect(result.stdout.contains("\"alt\":\"\(alternates[9_999])\""))
  }

  /// An external entity naming a file beside the ontology: refused at its declaration, and the
  /// file's content appears neither in the output nor in the warehouse.
  @Test func externalEntityIsNeverRead() throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let secret = "THE-SECRET-CONTENT-7f3a91"
    let lookup = try CLI.run(
      ["ontology", "lookup", "--ontology", "xxe.owl", "--no-ontology-cache", "T1"], directory: Self.folder)
    #expect(lookup.status == 65)
    #expect(lookup.stderr.contains("xxe.owl:2:56: error: entity declaration 'secret' refused"))
    let warehouse = scratch.appendingPathComponent("w.sqlite").path
    let sample = Fixtures.packageRoot.appendingPathComponent("SampleData/industry/variants.maf").path
    let load = try CLI.run(
      ["import", sample, "--ontology", "xxe.owl", "--warehouse", warehouse], directory: Self.folder)
    #expect(load.status == 65)
    for result in [lookup, load] {
      #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
    }
    for name in (try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? [] {
      let bytes = try Data(contentsOf: scratch.appendingPathComponent(name))
      #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(name) holds the secret")
    }
  }

  /// Nested entities that would expand to 10^9 "lol"s: refused within a second and 100 MB,
  /// measured on the child by `/usr/bin/time -f %M` (maximum resident set in KB).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
  func billionLaughsFailsFastAndSmall() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = [
      "-f", "rss_kb=%M", CLI.executable.path, "ontology", "lookup", "--ontology", "billion-laughs.owl",
      "--no-ontology-cache", "lol",
    ]
    process.currentDirectoryURL = Self.folder
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let elapsed = clock.now - start
    #expect(process.terminationStatus == 65, "\(text)")
    #expect(text.contains("billion-laughs.owl:3:21: error: entity declaration 'lol' refused"))
    #expect(elapsed < .seconds(1))
    let rss = text.components(separatedBy: "rss_kb=").last.flatMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    let kilobytes = try #require(rss)
    #expect(kilobytes < 100 * 1024)
  }

  /// The survival table read as Latin-1 (a French spreadsheet export) says so and keeps "é".
  @Test func latin1SurvivalTableIsReadWithAWarning() throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let path = scratch.appendingPathComponent("suivi.csv").path
    // "durée" with é as the single Latin-1 byte 0xE9.
    let bytes: [UInt8] = Array("dur".utf8) + [0xE9] + Array("e,statut\n10,1\n12,0\n7,1\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = try CLI.run(["survival", "--table", path, "--time", "durée", "--event", "statut"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\(path):1: warning: the table is not valid UTF-8"))
    #expect(result.stdout.contains("3 observations, 2 events"))
  }

  /// The Latin-1 labels land in the warehouse as the right UTF-8 text, not as mojibake.
  @Test func latin1LabelsAreStoredAsUTF8() throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let warehouse = scratch.appendingPathComponent("w.sqlite").path
    let result = try CLI.run(
      ["import", "clinical-latin1/mapping.yaml", "--warehouse", warehouse], directory: Self.folder)
    #expect(result.status == 0, "\(result.stderr)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: warehouse))
    #expect(bytes.range(of: Data("Carcinome épidermoïde du poumon".utf8)) != nil)
    #expect(bytes.range(of: Data("Côlon sigmoïde".utf8)) != nil)
  }

  /// A folder and the mapping inside it are one input, not a database constraint failure.
  @Test func folderAndItsMappingImportOnce() throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let warehouse = scratch.appendingPathComponent("w.sqlite").path
    let result = try CLI.run(
      ["import", "clinical-latin1", "--mapping", "clinical-latin1/mapping.yaml", "--warehouse", warehouse],
      directory: Self.folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("2 patients"))
    #expect(result.stdout.components(separatedBy: "clinical-latin1/mapping.yaml").count - 1 == 1)
  }
}
