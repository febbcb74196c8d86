import Foundation
import OncoFormats
import OncoModel
import Testing

@Test func scratchDump() throws {
  guard let paths = ProcessInfo.processInfo.environment["DUMP_VCF"] else { return }
  for path in paths.split(separator: " ").map(String.init) {
    do {
      let reading = try VCFReading(path)
      print("FILE", path.split(separator: "/").suffix(2).joined(separator: "/"), reading.counts.read, reading.counts.accepted, reading.counts.rejected, "alts", reading.alterations.count, "samples", reading.reader.header.sampleNames.count)
      for d in reading.diagnostics.prefix(Int(ProcessInfo.processInfo.environment["DUMP_D"] ?? "30") ?? 30) { print("  ", d.formatted.replacingOccurrences(of: "\n", with: " ")) }
      for a in reading.alterations.prefix(Int(ProcessInfo.processInfo.environment["DUMP_N"] ?? "0") ?? 0) {
        print(a.position?.description ?? "-", a.ref ?? "-", a.alt ?? "-", a.kind, a.gene ?? "-", a.consequence ?? "-", a.variantClass?.rawValue ?? "-", a.hgvsc ?? "-", a.annotations.first?.hgvsp ?? "-", a.exon?.description ?? "-", a.vaf.map { String($0) } ?? "-", a.depth.map(String.init) ?? "-", a.filter ?? "-", a.origin, a.structuralClass ?? "", a.fusionPartners, a.annotations.count, a.transcript ?? "-")
      }
    } catch {
      print("FILE", path.split(separator: "/").suffix(2).joined(separator: "/"), "THROWS", error)
    }
  }
}
