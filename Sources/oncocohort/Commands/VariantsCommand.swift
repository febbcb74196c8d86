import ArgumentParser
import Foundation
import OncoFormats
import OncoModel

/// `oncocohort variants FILE…`: parse and normalise variant files.
struct VariantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "variants",
    abstract: "Parse variant files (VCF, MAF) and print their normalised alterations.",
    discussion: """
      The format of each file is recognised from its content (VCF 4.1-4.4 with VEP CSQ or \
      SnpEff ANN/EFF annotations; GDC or cBioPortal MAF), plain, gzip or BGZF compressed. \
      One alteration is printed per ALT allele and gene. Diagnostics go to standard error as \
      'file:line:column: severity: message'; a rejected record is counted, never dropped silently.

      TSV columns and JSON keys: \(AlterationRecord.columns.joined(separator: ", ")). \
      variant_class uses the MAF Variant_Classification vocabulary, consequence the Sequence \
      Ontology term name; absent values are empty (TSV) or null (JSON).
      """
  )

  /// Output formats of this command.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case tsv, json
  }

  @Argument(help: "Variant files: VCF (plain, gzip or BGZF) or MAF; '-' reads standard input.")
  var files: [String]

  @Option(help: "Output format.")
  var format: Format = .tsv

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The tumour sample to read: a VCF sample column or a MAF Tumor_Sample_Barcode. Default: a VCF's only sample, else the one named TUMOR, else the second of a pair; every barcode of a MAF.",
      valueName: "name"))
  var sample: String?

  @OptionGroup var common: CommonOptions

  func run() throws {
    let writer = try ResultWriter(path: common.output)
    let options = VariantReadOptions(tumorSample: sample)
    var report = VariantsReport(format: format, writer: writer)
    var failed = false
    for file in files {
      var diagnostics: [Diagnostic] = []
      do {
        let path = try StandardInput.materialise(file)
        defer { StandardInput.discard(path, for: file) }
        let summary = try VariantFiles.read(
          path: path, options: options,
          alteration: { report.add($0) },
          diagnostic: { found in
            var diagnostic = found
            if file == "-", diagnostic.location.file == path { diagnostic.location.file = "<stdin>" }
            diagnostics.append(diagnostic)
            if diagnostic.severity == .error || !common.quiet { printDiagnostic(diagnostic) }
          })
        report.add(file: file, summary: summary)
        if !common.quiet {
          let counts = summary.counts
          printError(
            "\(file): \(summary.format.rawValue), \(counts.read) records read, \(counts.accepted) accepted, \(counts.rejected) rejected"
          )
        }
        if common.strict, summary.counts.rejected > 0 || !diagnostics.isEmpty { failed = true }
      } catch let error as FormatError {
        printDiagnostic(error.diagnostic)
        diagnostics.append(error.diagnostic)
        report.add(failedFile: file)
        failed = true
      }
      report.add(diagnostics: diagnostics)
    }
    report.finish()
    if failed { throw ExitCode(ExitStatus.dataError) }
  }
}
