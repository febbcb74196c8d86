import Foundation
import OncoFormats
import OncoModel
import Testing

@Test func scratchDump() throws {
  guard let path = ProcessInfo.processInfo.environment["DUMP_VCF"] else { return }
  let reading = try VCFReading(path)
  print("samples", reading.reader.header.sampleNames, "tumor", reading.reader.tumorSampleName ?? "-", "id", reading.reader.sampleID)
  print("counts", reading.counts)
  for d in reading.diagnostics.prefix(30) { print(d.formatted) }
  for a in reading.alterations.prefix(Int(ProcessInfo.processInfo.environment["DUMP_N"] ?? "20") ?? 20) {
    print(a.position?.description ?? "-", a.ref ?? "-", a.alt ?? "-", a.kind, a.gene ?? "-", a.consequence ?? "-", a.variantClass?.rawValue ?? "-", a.hgvsc ?? "-", a.annotations.first?.hgvsp ?? "-", a.exon?.description ?? "-", a.vaf.map { String($0) } ?? "-", a.depth.map(String.init) ?? "-", a.filter ?? "-", a.origin, a.structuralClass ?? "", a.fusionPartners, a.annotations.count, a.transcript ?? "-")
  }
}
